package com.helpdesk.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.terms.TermsClocks;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * Inspection visits for the vendor's desk and for the partners' people, who see and report only
 * the visits of their own partner. Reporting stops the report clock.
 */
@Service
class InspectionVisits {

    private final TenantTransactions transactions;
    private final InspectionRepository inspections;
    private final InspectionAlarms alarms;
    private final TermsClocks terms;
    private final Clock clock;

    InspectionVisits(TenantTransactions transactions, InspectionRepository inspections, InspectionAlarms alarms,
            TermsClocks terms, Clock clock) {
        this.transactions = transactions;
        this.inspections = inspections;
        this.alarms = alarms;
        this.terms = terms;
        this.clock = clock;
    }

    List<InspectionVisit> list(TenantId tenant, VisitFilter filter, int page, int size) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> inspections.visits(tenant, filter, page, size, now));
    }

    /** The visit, if it is the partner's when {@code partner} is given; another's is not found. */
    InspectionVisit read(TenantId tenant, UUID id, UUID partner) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> inspections.visit(tenant, id, now)
            .filter(v -> partner == null || partner.equals(v.partnerId()))
            .orElseThrow(() -> new NotFoundException("Inspection", id)));
    }

    InspectionVisit report(TenantId tenant, UUID id, UUID partner, InspectionRequests.Report body, String by) {
        Instant now = clock.instant();
        ZoneId zone = terms.current(tenant).map(c -> c.terms().calendar().zone()).orElse(ZoneId.of("UTC"));
        return transactions.call(tenant, () -> {
            InspectionVisit visit = inspections.lockVisit(tenant, id, now)
                .filter(v -> partner == null || partner.equals(v.partnerId()))
                .orElseThrow(() -> new NotFoundException("Inspection", id));
            Violations violations = Violations.collect();
            InspectionRequests.Report checked = body.checked(violations, visit.scheduledOn(),
                    LocalDate.ofInstant(now, zone));
            if (body.version() != null && body.version() != visit.version()) {
                throw new OptimisticLockingFailureException("Inspection " + id + " is at version " + visit.version());
            }
            violations.throwIfAny();
            if (!visit.status().equals("scheduled")) {
                throw new ConflictException("This inspection is " + visit.status() + " already.");
            }
            inspections.report(tenant, id, checked.version(), checked, by, now);
            alarms.rearm(tenant, id);
            return inspections.visit(tenant, id, now).orElseThrow();
        });
    }
}
