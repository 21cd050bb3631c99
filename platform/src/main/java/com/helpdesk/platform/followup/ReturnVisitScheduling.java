package com.helpdesk.platform.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.TicketResolved;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.SurveyTargets;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/**
 * Every resolved ticket owes a return visit, due by the vendor's {@code returnVisit} rule on its
 * calendar, and a satisfaction survey. {@link TicketResolved} reaches this listener through the
 * event publication registry (the outbox): after the resolution committed, and again after a
 * crash or restart until it returned, so no resolution goes without its visit. Delivered twice,
 * it schedules once: a resolution has one visit (unique by ticket and resolution time).
 */
@Component
class ReturnVisitScheduling {

    private static final Logger log = LoggerFactory.getLogger(ReturnVisitScheduling.class);
    private static final int DEFAULT_COLLECT_DAYS = 7;

    private final TenantTransactions transactions;
    private final RepairFacts repairs;
    private final ReturnVisitRepository visits;
    private final SurveyInvitationRepository invitations;
    private final SurveyForms forms;
    private final TermsCatalog terms;
    private final Clock clock;

    ReturnVisitScheduling(TenantTransactions transactions, RepairFacts repairs, ReturnVisitRepository visits,
            SurveyInvitationRepository invitations, SurveyForms forms, TermsCatalog terms, Clock clock) {
        this.transactions = transactions;
        this.repairs = repairs;
        this.visits = visits;
        this.invitations = invitations;
        this.forms = forms;
        this.terms = terms;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TicketResolved resolved) {
        schedule(resolved.tenantId(), resolved.ticketId(), resolved.resolvedAt());
    }

    /** The visit scheduled for this resolution, or empty when the terms promise none. */
    Optional<ReturnVisit> schedule(TenantId tenant, UUID ticket, Instant resolvedAt) {
        Instant now = clock.instant();
        SurveyForm form = forms.of(tenant).form();
        return transactions.call(tenant, () -> {
            RepairFacts.Facts facts = repairs.of(tenant, ticket).orElse(null);
            if (facts == null) {
                log.warn("Ticket {} of tenant {} is gone; no return visit", ticket, tenant);
                return Optional.empty();
            }
            ServiceTerms promised = terms.version(tenant, facts.termsVersion()).orElse(null);
            if (promised == null || promised.returnVisit() == null) {
                return Optional.empty();
            }
            ReturnVisit visit = new ReturnVisit(UUID.randomUUID(), ticket, facts.number(), resolvedAt,
                    facts.customerId(), facts.callerName(), facts.callerPhone(), facts.keyCustomer(),
                    facts.engineerName(), facts.partnerId(),
                    ReturnVisitDue.of(promised.returnVisit(), promised.calendar(), resolvedAt),
                    ReturnVisit.Status.DUE, 0, null, "", null, null, 0, now);
            if (!visits.insert(tenant, visit)) {
                return Optional.empty();
            }
            invitations.insert(tenant, new SurveyInvitation(UUID.randomUUID(), visit.id(), ticket,
                    facts.customerId(), facts.keyCustomer(), facts.engineerName(), facts.partnerId(), form,
                    SurveyInvitation.PENDING, null, null, null, null, now,
                    now.plus(Duration.ofDays(collectDays(promised.survey()))), null));
            return Optional.of(visit);
        });
    }

    private static int collectDays(SurveyTargets survey) {
        return survey == null ? DEFAULT_COLLECT_DAYS : survey.collectWithinDays();
    }
}
