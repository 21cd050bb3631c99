package com.helpdesk.platform.tenancy;

/** A tenant's row changed (suspended, resumed, renamed): whoever keeps it in memory drops it. */
record TenantChanged(String slug) {
}
