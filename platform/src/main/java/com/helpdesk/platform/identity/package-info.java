/** The platform's side of Keycloak: tenants as organizations. */
package com.helpdesk.platform.identity;
