package com.helpdesk.tenantadmin.tenant;

/** What a vendor's admin may change about their own tenant. */
record TenantSettings(String name, String timeZone, String locale) {
}
