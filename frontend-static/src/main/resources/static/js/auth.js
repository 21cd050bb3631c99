// Sign-in through Keycloak with the authorization code flow and PKCE (S256), by oidc-client-ts.
// Tokens live in memory only: a script injected into the page could read localStorage or
// sessionStorage long after the tab is closed, and a reload costs only a silent round trip to
// Keycloak, whose session cookie signs the user straight back in. The PKCE verifier and state must
// survive the redirect to Keycloak and back, so they alone sit in sessionStorage, for seconds.

const { UserManager, WebStorageStateStore, InMemoryWebStorage, Log } = globalThis.oidc;

/**
 * Signs in (or completes a sign-in coming back from Keycloak). Resolves to a session, or never
 * resolves when the page is being sent to Keycloak.
 */
export async function signIn({ issuer, clientId }, uiLocale) {
  Log.setLevel(Log.WARN);
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: issuer,
    client_id: clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    // The tenant travels in the token's organization claim, which Keycloak 26 only adds for this scope.
    scope: 'openid profile organization',
    ui_locales: uiLocale,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renewal uses the refresh token (no hidden iframe, which the CSP would block anyway).
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
  });

  const url = new URL(window.location.href);
  let user = null;
  if (url.searchParams.has('code') && url.searchParams.has('state')) {
    user = await manager.signinRedirectCallback();
    // Drop code and state from the address bar and go back to where the user was headed.
    const route = typeof user.state?.route === 'string' && user.state.route.startsWith('#') ? user.state.route : '';
    window.history.replaceState(null, '', `/${route}`);
  } else if (url.searchParams.has('error')) {
    throw new Error(url.searchParams.get('error_description') || url.searchParams.get('error'));
  } else {
    user = await manager.getUser();
  }
  if (!user || user.expired) {
    await manager.signinRedirect({ state: { route: window.location.hash } });
    return new Promise(() => {}); // the browser is leaving for Keycloak
  }
  return session(manager, user);
}

function session(manager, initialUser) {
  let user = initialUser;
  let renewing = null;
  manager.events.addUserLoaded((loaded) => { user = loaded; });
  manager.events.addSilentRenewError(() => { /* the next API call retries and falls back to sign-in */ });

  /** A fresh access token, renewed first when it is about to expire. */
  async function token() {
    if (user.expires_in !== undefined && user.expires_in < 20) await renew();
    return user.access_token;
  }

  async function renew() {
    renewing ??= manager.signinSilent().then((u) => { if (u) user = u; }).finally(() => { renewing = null; });
    return renewing;
  }

  return {
    token,
    renew,
    /** Back to Keycloak, e.g. when the session there ended. */
    signInAgain: () => manager.signinRedirect({ state: { route: window.location.hash } }),
    logout: () => manager.signoutRedirect(),
    claims: () => user.profile,
  };
}
