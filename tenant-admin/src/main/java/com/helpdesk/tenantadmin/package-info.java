/** Tenant administration's API: tenants, hotlines, service terms, and the validation errors they share. */
package com.helpdesk.tenantadmin;
