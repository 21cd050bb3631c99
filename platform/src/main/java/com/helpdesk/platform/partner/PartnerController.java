package com.helpdesk.platform.partner;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * The tenant's service partners: supervisors and the vendor's admins keep them, agents read them
 * and ask who covers a customer's region.
 */
@RestController
@RequestMapping("/api/partners")
class PartnerController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    private static final String KEEPERS = "hasAnyRole('supervisor', 'tenant-admin')";
    private static final String READERS = "hasAnyRole('agent', 'supervisor', 'tenant-admin')";

    private final PartnerRepository partners;
    private final PartnerDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    PartnerController(PartnerRepository partners, PartnerDirectory directory, AuditLog audit, Clock clock) {
        this.partners = partners;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(KEEPERS)
    ResponseEntity<Partner> create(@AuthenticationPrincipal StaffMember member, @RequestBody PartnerDraft body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        PartnerFields fields = body.checked(violations, PhoneNumbers.of(member.tenant()));
        violations.throwIfAny();
        UUID id = partners.create(tenant, fields, clock.instant());
        audit.record(tenant, member, "partner.created", "partner", id.toString());
        return ResponseEntity.created(URI.create("/api/partners/" + id)).body(read(tenant, id));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Partner read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return read(member.tenantId(), id);
    }

    /** A page by name; {@code regionCode} keeps the partners covering that region, {@code active} one state. */
    @GetMapping
    @PreAuthorize(READERS)
    PartnerPage list(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        if (regionCode != null && !RegionCode.isValid(regionCode)) {
            violations.add("regionCode", RegionCode.FORMAT);
        }
        if (page < 0 || page > MAX_PAGE) {
            violations.add("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        violations.throwIfAny();
        List<String> covering = regionCode == null ? null : new RegionCode(regionCode).coveringCodes();
        return partners.list(tenant, covering, active, page, size);
    }

    /** Who to dispatch to for a customer in {@code regionCode}: active partners, the most specific first. */
    @GetMapping("/suggestions")
    @PreAuthorize(READERS)
    List<PartnerSuggestion> suggestions(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) String regionCode) {
        TenantId tenant = member.tenantId();
        if (!RegionCode.isValid(regionCode)) {
            Violations violations = Violations.collect();
            violations.add("regionCode", regionCode == null ? "is required" : RegionCode.FORMAT);
            violations.throwIfAny();
        }
        return directory.coveringRegion(tenant, regionCode);
    }

    @PutMapping("/{id}")
    @PreAuthorize(KEEPERS)
    Partner update(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody PartnerChange body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        PartnerFields fields = body.checked(violations, PhoneNumbers.of(member.tenant()));
        violations.throwIfAny();
        partners.update(tenant, id, body.version(), fields);
        audit.record(tenant, member, "partner.changed", "partner", id.toString());
        return read(tenant, id);
    }

    /** No longer suggested, and its people lose the partner app; its record and past dispatches stay. */
    @PostMapping("/{id}/deactivate")
    @PreAuthorize(KEEPERS)
    Partner deactivate(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        TenantId tenant = member.tenantId();
        partners.setActive(tenant, id, false);
        audit.record(tenant, member, "partner.deactivated", "partner", id.toString());
        return read(tenant, id);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(KEEPERS)
    Partner activate(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        TenantId tenant = member.tenantId();
        partners.setActive(tenant, id, true);
        audit.record(tenant, member, "partner.activated", "partner", id.toString());
        return read(tenant, id);
    }

    private Partner read(TenantId tenant, UUID id) {
        return partners.find(tenant, id).orElseThrow(() -> new NotFoundException("Partner", id));
    }
}
