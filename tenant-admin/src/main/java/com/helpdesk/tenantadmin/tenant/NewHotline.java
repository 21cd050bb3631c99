package com.helpdesk.tenantadmin.tenant;

/** A hotline number as an admin types it; normalised to E.164 before it is stored. */
record NewHotline(String number, String label) {
}
