package com.helpdesk.tenantadmin.terms;

import java.time.Clock;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.tenantadmin.AdminCaller;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;
import com.helpdesk.tenantadmin.UnknownTenantException;
import com.helpdesk.tenantadmin.Violations;

/**
 * Service terms: every member of a tenant reads the terms in force; the tenant's admin (or a
 * platform admin, naming the tenant) publishes new versions and previews due times.
 */
@RestController
class TermsController {

    private final TermsCatalog catalog;
    private final TermsPublisher publisher;
    private final TenantStore tenants;
    private final Clock clock;

    TermsController(TermsCatalog catalog, TermsPublisher publisher, TenantStore tenants, Clock clock) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/api/terms")
    ServiceTerms inForce(AdminCaller caller) {
        return current(own(caller.memberTenant()));
    }

    @GetMapping("/api/admin/terms/versions")
    List<VersionView> history(AdminCaller caller) {
        return catalog.history(caller.ownTenant()).stream()
            .map(v -> new VersionView(v.version(), v.effectiveFrom(), v.publishedBy()))
            .toList();
    }

    record VersionView(int version, java.time.Instant effectiveFrom, String publishedBy) {
    }

    @GetMapping("/api/admin/terms/versions/{version}")
    ServiceTerms version(AdminCaller caller, @PathVariable int version) {
        return catalog.version(caller.ownTenant(), version)
            .orElseThrow(() -> new NoTermsException("Version " + version + " of the terms was not found."));
    }

    @PutMapping("/api/admin/terms")
    ResponseEntity<ServiceTerms> publish(AdminCaller caller, @RequestBody ServiceTerms draft) {
        TenantProfile tenant = own(caller.ownTenant());
        return ResponseEntity.status(201).body(publisher.publish(tenant.id(), tenant.slug(), draft, caller.actor()));
    }

    @PostMapping("/api/admin/terms/preview")
    List<DeadlineView> preview(AdminCaller caller, @RequestBody DeadlinePreview request) {
        TenantProfile tenant = own(caller.ownTenant());
        return deadlines(request, request.terms() != null ? request.terms() : current(tenant));
    }

    @GetMapping("/api/platform/tenants/{slug}/terms")
    ServiceTerms platformView(AdminCaller caller, @PathVariable String slug) {
        caller.requirePlatformAdmin();
        return current(bySlug(slug));
    }

    @PutMapping("/api/platform/tenants/{slug}/terms")
    ResponseEntity<ServiceTerms> platformPublish(AdminCaller caller, @PathVariable String slug,
            @RequestBody ServiceTerms draft) {
        caller.requirePlatformAdmin();
        TenantProfile tenant = bySlug(slug);
        return ResponseEntity.status(201).body(publisher.publish(tenant.id(), slug, draft, caller.actor()));
    }

    private List<DeadlineView> deadlines(DeadlinePreview request, ServiceTerms terms) {
        Violations violations = Violations.collect();
        if (request.level() == null || terms.levels().stream().noneMatch(l -> l.code() == request.level())) {
            violations.add("level", "must be one of the levels of these terms");
        }
        violations.throwIfAny();
        var reportedAt = request.reportedAt() != null ? request.reportedAt() : clock.instant();
        String region = request.regionCode() == null ? "" : request.regionCode();
        return new TermsClock(terms).deadlines(request.level(), region, reportedAt).stream()
            .map(deadline -> DeadlineView.of(deadline, terms.calendar().zone()))
            .toList();
    }

    private ServiceTerms current(TenantProfile tenant) {
        return catalog.current(tenant.id())
            .orElseThrow(() -> new NoTermsException("Vendor '" + tenant.slug() + "' has published no terms yet."));
    }

    private TenantProfile own(com.helpdesk.tenantadmin.TenantId tenant) {
        return tenants.find(tenant).orElseThrow(() -> new UnknownTenantException(tenant.toString()));
    }

    private TenantProfile bySlug(String slug) {
        return tenants.findBySlug(slug).orElseThrow(() -> new UnknownTenantException(slug));
    }
}
