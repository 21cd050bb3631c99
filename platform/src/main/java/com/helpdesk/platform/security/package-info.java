/** Who is calling: Keycloak tokens turned into a staff member with a tenant and roles. */
package com.helpdesk.platform.security;
