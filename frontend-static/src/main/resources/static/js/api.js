// The platform's REST API with the user's bearer token. Errors are RFC 9457 problem details;
// validation problems carry errors[].field, which forms show beside the field.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.type = problem?.type ?? '';
  }

  /** [{field, message}] of a validation problem (empty otherwise). */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  get conflict() {
    return this.status === 409;
  }
}

/** session: {token(), renew(), signInAgain()} from auth.js. */
export function createApi(session) {
  async function send(method, path, body, retried = false, extraHeaders = {}) {
    const headers = { Accept: 'application/json, application/problem+json',
      Authorization: `Bearer ${await session.token()}`, ...extraHeaders };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (networkError) {
      throw new ApiError(0, { title: 'network', detail: networkError.message });
    }
    if (response.status === 401 && !retried) {
      // The token may have expired while the tab slept: renew once, then give up and sign in again.
      try {
        await session.renew();
        return send(method, path, body, true, extraHeaders);
      } catch {
        await session.signInAgain();
      }
    }
    const text = await response.text();
    const data = text ? parseJson(text) : null;
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  /** A file to save (a report export): {blob, name} from Content-Disposition; problems as ApiError. */
  async function download(path) {
    let response;
    try {
      response = await fetch(path, { headers: { Authorization: `Bearer ${await session.token()}` } });
    } catch (networkError) {
      throw new ApiError(0, { title: 'network', detail: networkError.message });
    }
    if (!response.ok) throw new ApiError(response.status, parseJson(await response.text()));
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1];
    return { blob: await response.blob(), name };
  }

  return {
    download,
    get: (path) => send('GET', path),
    post: (path, body = {}) => send('POST', path, body),
    /** headers: e.g. {'If-Match': '"3"'}, the version a replacement was made from. */
    put: (path, body, headers = {}) => send('PUT', path, body, false, headers),
    del: (path) => send('DELETE', path),
  };
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 200) };
  }
}

/** A query string from the defined values of an object. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
