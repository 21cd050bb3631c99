package com.helpdesk.tenantadmin.tenant;

import java.util.List;
import java.util.UUID;

import com.helpdesk.tenantadmin.Hotline;
import com.helpdesk.tenantadmin.TenantProfile;

/** A tenant as the admin API shows it. */
record TenantView(UUID id, String slug, String name, String timeZone, String locale, String status,
        List<Hotline> hotlines) {

    static TenantView of(TenantProfile tenant) {
        return new TenantView(tenant.id().value(), tenant.slug(), tenant.name(), tenant.timeZone().getId(),
                tenant.locale(), tenant.status().name().toLowerCase(java.util.Locale.ROOT), tenant.hotlines());
    }
}
