package com.helpdesk.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.helpdesk.platform.customer.CustomerDirectory;
import com.helpdesk.platform.partner.PartnerDirectory;
import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.terms.TermsClocks;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.InspectionRule;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * Inspection plans and the visits they generate ahead of time. A visit's report clock is fixed
 * when it is generated, from the terms in force: within {@code reportWithinWorkingDays} working
 * days of the planned date, on the terms' calendar.
 */
@Service
class InspectionPlans {

    private final TenantTransactions transactions;
    private final InspectionRepository inspections;
    private final InspectionAlarms alarms;
    private final TermsClocks terms;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final PartnerDirectory partners;
    private final InspectionSettings settings;
    private final Clock clock;

    InspectionPlans(TenantTransactions transactions, InspectionRepository inspections, InspectionAlarms alarms,
            TermsClocks terms, CustomerDirectory customers, StaffDirectory staff, PartnerDirectory partners,
            InspectionSettings settings, Clock clock) {
        this.transactions = transactions;
        this.inspections = inspections;
        this.alarms = alarms;
        this.terms = terms;
        this.customers = customers;
        this.staff = staff;
        this.partners = partners;
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates the plan and, in the same transaction, its visits within the generation horizon. */
    PlanDetail create(TenantId tenant, InspectionRequests.PlanDraft draft) {
        Optional<ServiceTerms> current = terms.current(tenant).map(TermsClock::terms);
        Violations violations = Violations.collect();
        InspectionRule rule = current.map(ServiceTerms::inspection).orElse(null);
        InspectionRequests.PlanDraft.Checked checked = draft.check(violations, rule == null ? null : rule.interval());
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            checkReferences(tenant, draft, violations);
            violations.throwIfAny();
            InspectionPlan draftPlan = new InspectionPlan(UUID.randomUUID(), draft.customerId(), draft.deviceId(),
                    checked.interval(), draft.firstVisitOn(), draft.firstVisitOn(), draft.assigneeId(),
                    draft.partnerId(), checked.notes(), true, 0, now);
            // A plan back-dated to a first visit in the past starts with its next visit, not with a
            // backlog of visits nobody will make.
            LocalDate today = today(tenant, now);
            InspectionPlan plan = draftPlan.firstVisitOn().isBefore(today)
                    ? draftPlan.startingOn(draftPlan.after(today.minusDays(1))) : draftPlan;
            inspections.insertPlan(tenant, plan);
            generate(tenant, plan, now);
            return detail(tenant, plan.id(), now);
        });
    }

    PlanDetail read(TenantId tenant, UUID id) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> detail(tenant, id, now));
    }

    List<InspectionPlan> list(TenantId tenant, UUID customer) {
        return transactions.call(tenant, () -> inspections.plans(tenant, customer));
    }

    PlanDetail deactivate(TenantId tenant, UUID id, Integer version) {
        Violations violations = Violations.collect();
        violations.require("version", version);
        violations.throwIfAny();
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            inspections.plan(tenant, id).orElseThrow(() -> new NotFoundException("Inspection plan", id));
            inspections.deactivate(tenant, id, version);
            inspections.visits(tenant, new VisitFilter(id, null, null, null, null), 0, 1000, now)
                .forEach(v -> alarms.rearm(tenant, v.id()));
            return detail(tenant, id, now);
        });
    }

    /** The durable generator's work for one tenant: every active plan's visits due within the horizon. */
    int generate(TenantId tenant) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            LocalDate until = today(tenant, now).plusDays(settings.aheadDays());
            return inspections.dueForGeneration(tenant, until).stream().mapToInt(p -> generate(tenant, p, now)).sum();
        });
    }

    /**
     * The plan's visits up to the horizon from its next one; a visit the generator missed while
     * no node ran is still made, late, for someone has to go.
     */
    private int generate(TenantId tenant, InspectionPlan plan, Instant now) {
        LocalDate today = today(tenant, now);
        LocalDate until = today.plusDays(settings.aheadDays());
        Optional<TermsClock> termsClock = terms.current(tenant);
        InspectionRule rule = termsClock.map(c -> c.terms().inspection()).orElse(null);
        LocalDate on = plan.nextVisitOn();
        int made = 0;
        while (!on.isAfter(until)) {
            ReportClock report = rule == null ? null
                    : ReportClock.after(on, rule.reportWithinWorkingDays(), termsClock.get().terms().calendar());
            UUID id = UUID.randomUUID();
            if (inspections.insertVisit(tenant, plan, id, on, report, now)) {
                alarms.rearm(tenant, id);
                made++;
            }
            on = plan.after(on);
        }
        inspections.moveNext(tenant, plan.id(), on);
        return made;
    }

    private LocalDate today(TenantId tenant, Instant now) {
        ZoneId zone = terms.current(tenant).map(c -> c.terms().calendar().zone()).orElse(ZoneId.of("UTC"));
        return LocalDate.ofInstant(now, zone);
    }

    private PlanDetail detail(TenantId tenant, UUID id, Instant now) {
        InspectionPlan plan = inspections.plan(tenant, id).orElseThrow(() -> new NotFoundException("Inspection plan", id));
        return new PlanDetail(plan, inspections.visits(tenant, new VisitFilter(id, null, null, null, null), 0, 100, now));
    }

    private void checkReferences(TenantId tenant, InspectionRequests.PlanDraft draft, Violations violations) {
        if (draft.customerId() != null && customers.customer(tenant, draft.customerId()).isEmpty()) {
            violations.add("customerId", "is not a customer of this vendor");
        }
        else if (draft.customerId() != null && draft.deviceId() != null
                && customers.device(tenant, draft.customerId(), draft.deviceId()).isEmpty()) {
            violations.add("deviceId", "is not a device of this customer");
        }
        if (draft.assigneeId() != null && !staff.isStaff(tenant, draft.assigneeId())) {
            violations.add("assigneeId", "is not a member of this vendor's staff");
        }
        if (draft.partnerId() != null && partners.find(tenant, draft.partnerId()).isEmpty()) {
            violations.add("partnerId", "is not a service partner of this vendor");
        }
    }

    /** A plan with its generated visits, soonest first. */
    record PlanDetail(InspectionPlan plan, List<InspectionVisit> visits) {
    }
}
