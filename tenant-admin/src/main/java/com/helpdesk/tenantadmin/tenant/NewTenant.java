package com.helpdesk.tenantadmin.tenant;

import java.util.List;

/** A platform admin's request to put a new vendor on the platform. */
record NewTenant(String slug, String name, String timeZone, String locale, List<NewHotline> hotlines) {

    NewTenant {
        hotlines = hotlines == null ? List.of() : hotlines;
    }
}
