package com.helpdesk.tenantadmin.tenant;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.helpdesk.tenantadmin.AdminAuditTrail;
import com.helpdesk.tenantadmin.AdminCaller;
import com.helpdesk.tenantadmin.Hotline;
import com.helpdesk.tenantadmin.OrganizationRegistry;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStatus;
import com.helpdesk.tenantadmin.TenantStore;
import com.helpdesk.tenantadmin.UnknownTenantException;
import com.helpdesk.tenantadmin.Violations;

/**
 * Creating, suspending and tending tenants. The identity provider's organization is created
 * before the tenant row: if the row then fails, a retry finds the organization and goes on,
 * whereas a tenant without an organization could never be logged in to.
 */
@Service
class TenantAdministration {

    private final TenantStore tenants;
    private final OrganizationRegistry organizations;
    private final AdminAuditTrail audit;

    TenantAdministration(TenantStore tenants, OrganizationRegistry organizations, AdminAuditTrail audit) {
        this.tenants = tenants;
        this.organizations = organizations;
        this.audit = audit;
    }

    TenantProfile create(AdminCaller caller, NewTenant request) {
        caller.requirePlatformAdmin();
        Violations violations = Violations.collect();
        TenantFields.checkSlug(request.slug(), violations);
        TenantFields.checkName(request.name(), violations);
        Optional<ZoneId> zone = TenantFields.zone(request.timeZone(), violations);
        TenantFields.checkLocale(request.locale(), violations);
        List<Hotline> hotlines = hotlines(request.hotlines(), null, violations);
        if (request.slug() != null && tenants.findBySlug(request.slug()).isPresent()) {
            violations.add("slug", "is already taken by another vendor");
        }
        violations.throwIfAny();

        organizations.ensureOrganization(request.slug(), request.name());
        TenantProfile tenant = new TenantProfile(new TenantId(UUID.randomUUID()), request.slug(), request.name(),
                zone.orElseThrow(), request.locale(), TenantStatus.ACTIVE, hotlines);
        tenants.create(tenant);
        audit.record(tenant.id(), caller.actor(), "tenant.created", tenant.slug());
        return tenant;
    }

    List<TenantProfile> list(AdminCaller caller) {
        caller.requirePlatformAdmin();
        return tenants.list();
    }

    TenantProfile find(AdminCaller caller, String slug) {
        caller.requirePlatformAdmin();
        return bySlug(slug);
    }

    TenantProfile own(AdminCaller caller) {
        TenantId own = caller.ownTenant();
        return tenants.find(own).orElseThrow(() -> new UnknownTenantException(own.toString()));
    }

    TenantProfile setStatus(AdminCaller caller, String slug, TenantStatus status) {
        caller.requirePlatformAdmin();
        TenantProfile tenant = bySlug(slug);
        organizations.setEnabled(slug, status == TenantStatus.ACTIVE);
        TenantProfile changed = new TenantProfile(tenant.id(), tenant.slug(), tenant.name(), tenant.timeZone(),
                tenant.locale(), status, tenant.hotlines());
        tenants.update(changed);
        audit.record(tenant.id(), caller.actor(), "tenant." + status.name().toLowerCase(java.util.Locale.ROOT),
                slug);
        return changed;
    }

    TenantProfile updateOwn(AdminCaller caller, TenantSettings settings) {
        TenantProfile tenant = own(caller);
        Violations violations = Violations.collect();
        TenantFields.checkName(settings.name(), violations);
        Optional<ZoneId> zone = TenantFields.zone(settings.timeZone(), violations);
        TenantFields.checkLocale(settings.locale(), violations);
        violations.throwIfAny();
        TenantProfile changed = new TenantProfile(tenant.id(), tenant.slug(), settings.name(), zone.orElseThrow(),
                settings.locale(), tenant.status(), tenant.hotlines());
        tenants.update(changed);
        audit.record(tenant.id(), caller.actor(), "tenant.settings-changed", tenant.slug());
        return changed;
    }

    Hotline addHotline(AdminCaller caller, TenantId tenant, NewHotline request) {
        Violations violations = Violations.collect();
        List<Hotline> added = hotlines(List.of(request), tenant, violations.at("hotline"));
        violations.throwIfAny();
        Hotline hotline = added.getFirst();
        tenants.addHotline(tenant, hotline);
        audit.record(tenant, caller.actor(), "hotline.added", hotline.number());
        return hotline;
    }

    boolean removeHotline(AdminCaller caller, TenantId tenant, String number) {
        boolean removed = tenants.removeHotline(tenant, number);
        if (removed) {
            audit.record(tenant, caller.actor(), "hotline.removed", number);
        }
        return removed;
    }

    TenantProfile bySlug(String slug) {
        return tenants.findBySlug(slug).orElseThrow(() -> new UnknownTenantException(slug));
    }

    /**
     * Normalises requested numbers and checks them against each other and the platform. A number
     * the same tenant already owns is refused too: adding it twice is a mistake worth telling.
     */
    private List<Hotline> hotlines(List<NewHotline> requested, TenantId owner, Violations violations) {
        List<Hotline> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            NewHotline hotline = requested.get(i);
            Violations at = requested.size() == 1 && owner != null ? violations.at("number")
                    : violations.at("hotlines", i).at("number");
            Optional<String> number = HotlineNumbers.toE164(hotline == null ? null : hotline.number(), at);
            if (hotline != null && !TenantFields.labelFits(hotline.label())) {
                (requested.size() == 1 && owner != null ? violations : violations.at("hotlines", i))
                    .add("label", "must be at most " + TenantFields.MAX_LABEL + " printable characters");
                continue;
            }
            if (number.isEmpty()) {
                continue;
            }
            Optional<TenantId> current = tenants.ownerOf(number.get());
            if (!seen.add(number.get())) {
                at.add("is listed twice");
            }
            else if (current.isPresent()) {
                at.add(current.get().equals(owner) ? "is already one of your hotlines"
                        : "is already the hotline of another vendor");
            }
            else {
                result.add(new Hotline(number.get(), label(hotline.label())));
            }
        }
        return result;
    }

    private static String label(String label) {
        return label == null ? "" : label.strip();
    }
}
