package com.helpdesk.platform.inspection;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestParam;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * Preventive inspections for the vendor's staff: supervisors and admins keep the plans, everyone
 * on the desk sees the visits, and the vendor's engineers report theirs.
 */
@RestController
class InspectionController {

    static final int MAX_PAGE_SIZE = 100;
    private static final String KEEPERS = "hasAnyRole('supervisor', 'tenant-admin')";

    private final InspectionPlans plans;
    private final InspectionVisits visits;

    InspectionController(InspectionPlans plans, InspectionVisits visits) {
        this.plans = plans;
        this.visits = visits;
    }

    @PostMapping("/api/inspection-plans")
    @PreAuthorize(KEEPERS)
    ResponseEntity<InspectionPlans.PlanDetail> create(@AuthenticationPrincipal StaffMember member,
            @RequestBody InspectionRequests.PlanDraft body) {
        InspectionPlans.PlanDetail created = plans.create(member.tenantId(), body);
        return ResponseEntity.created(URI.create("/api/inspection-plans/" + created.plan().id())).body(created);
    }

    @GetMapping("/api/inspection-plans")
    List<InspectionPlan> plans(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) UUID customer) {
        return plans.list(member.tenantId(), customer);
    }

    @GetMapping("/api/inspection-plans/{id}")
    InspectionPlans.PlanDetail plan(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return plans.read(member.tenantId(), id);
    }

    @PostMapping("/api/inspection-plans/{id}/deactivate")
    @PreAuthorize(KEEPERS)
    InspectionPlans.PlanDetail deactivate(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody InspectionRequests.Deactivation body) {
        return plans.deactivate(member.tenantId(), id, body.version());
    }

    /** Soonest first; {@code status} scheduled, reported or cancelled; {@code from}/{@code to} bound the planned date. */
    @GetMapping("/api/inspections")
    List<InspectionVisit> list(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) UUID plan, @RequestParam(required = false) UUID partner,
            @RequestParam(required = false) String status, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        TenantId tenant = member.tenantId();
        checkPage(status, page, size);
        return visits.list(tenant, new VisitFilter(plan, partner, status, from, to), page, size);
    }

    @GetMapping("/api/inspections/{id}")
    InspectionVisit read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return visits.read(member.tenantId(), id, null);
    }

    @PostMapping("/api/inspections/{id}/report")
    InspectionVisit report(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody InspectionRequests.Report body) {
        return visits.report(member.tenantId(), id, null, body, member.username());
    }

    static void checkPage(String status, int page, int size) {
        Violations violations = Violations.collect();
        if (status != null && !List.of("scheduled", "reported", "cancelled").contains(status)) {
            violations.add("status", "must be one of scheduled, reported, cancelled");
        }
        if (page < 0 || page > 10_000) {
            violations.add("page", "must be between 0 and 10000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        violations.throwIfAny();
    }
}
