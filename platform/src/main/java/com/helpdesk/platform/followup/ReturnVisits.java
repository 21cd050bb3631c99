package com.helpdesk.platform.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.ticket.TicketStatus;
import com.helpdesk.platform.ticket.TicketWorkflow;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.calendar.BusinessTimeCalculator;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/**
 * The return-visit clerks' work: the worklist, the calls placed, and the outcome of each call.
 * An outcome is stored in one transaction with what it causes: the survey answers given on the
 * phone, the ticket's history entry, and for "problem persists" the ticket's reopening through
 * {@link TicketWorkflow} (which refuses a ticket that is not resolved or closed, and then nothing
 * of the outcome is kept).
 */
@Service
class ReturnVisits {

    private final TenantTransactions transactions;
    private final ReturnVisitRepository visits;
    private final Surveys surveys;
    private final TicketWorkflow workflow;
    private final TermsCatalog terms;
    private final FollowUpSettings settings;
    private final Clock clock;

    ReturnVisits(TenantTransactions transactions, ReturnVisitRepository visits, Surveys surveys,
            TicketWorkflow workflow, TermsCatalog terms, FollowUpSettings settings, Clock clock) {
        this.transactions = transactions;
        this.visits = visits;
        this.surveys = surveys;
        this.workflow = workflow;
        this.terms = terms;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param ticket only this ticket's visits, or null for all */
    ReturnVisitPage worklist(TenantId tenant, List<String> statuses, UUID ticket, int page, int size) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> new ReturnVisitPage(visits.page(tenant, statuses, ticket, page, size)
            .stream().map(v -> ReturnVisitView.of(v, now)).toList(), page, size, visits.count(tenant, statuses, ticket)));
    }

    ReturnVisitDetail read(TenantId tenant, UUID id) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            ReturnVisit visit = visits.find(tenant, id).orElseThrow(() -> new NotFoundException("Return visit", id));
            return new ReturnVisitDetail(ReturnVisitView.of(visit, now), visits.calls(tenant, id),
                    surveys.ofVisit(tenant, id).map(SurveyView::of).orElse(null));
        });
    }

    /** Whether the visit is the tenant's: click-to-call links a call only to a visit it may see. */
    boolean exists(TenantId tenant, UUID id) {
        return transactions.call(tenant, () -> visits.find(tenant, id).isPresent());
    }

    void callPlaced(TenantId tenant, UUID id, String linkedId, UUID agent) {
        transactions.run(tenant, () -> visits.addCall(tenant, id, linkedId, agent, clock.instant()));
    }

    ReturnVisitDetail record(TenantId tenant, UUID id, OutcomeRequest request, Actor actor) {
        Instant now = clock.instant();
        Violations violations = Violations.collect();
        OutcomeRequest.Outcome outcome = request.check(violations);
        violations.throwIfAny();
        BusinessTimeCalculator hours = terms.current(tenant)
            .map(t -> BusinessTimeCalculator.of(t.calendar())).orElse(BusinessTimeCalculator.aroundTheClock());
        transactions.run(tenant, () -> {
            ReturnVisit visit = visits.lock(tenant, id).orElseThrow(() -> new NotFoundException("Return visit", id));
            if (request.version() != null && request.version() != visit.version()) {
                throw new OptimisticLockingFailureException("Return visit " + id + " is at version " + visit.version());
            }
            if (!visit.status().open()) {
                throw new ConflictException("This return visit is already " + visit.status().value() + ".");
            }
            ReturnVisit next = next(visit, outcome, request.note(), actor, now, hours);
            if (outcome != OutcomeRequest.Outcome.NOT_REACHED && !request.answers().isEmpty()) {
                surveys.answerByPhone(tenant, id, request.answers(), now);
            }
            visits.update(tenant, next);
            workflow.record(tenant, visit.ticketId(), actor, "return-visit", historyData(next, outcome));
            if (outcome == OutcomeRequest.Outcome.PROBLEM_PERSISTS) {
                workflow.advance(tenant, visit.ticketId(), TicketStatus.REOPENED,
                        "return visit: the problem persists" + (request.note().isEmpty() ? "" : " — " + request.note()),
                        actor);
            }
        });
        return read(tenant, id);
    }

    /** Counts of one engineer's (by name) or one partner's visits, with their survey results. */
    EngineerResults results(TenantId tenant, String engineer, UUID partner) {
        return transactions.call(tenant, () -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (ReturnVisit.Status s : ReturnVisit.Status.values()) {
                byStatus.put(s.value(), 0L);
            }
            visits.countsBy(tenant, engineer, partner).forEach(c -> byStatus.put(c.status(), c.count()));
            return new EngineerResults(engineer, partner, byStatus, surveys.resultsBy(tenant, engineer, partner));
        });
    }

    private ReturnVisit next(ReturnVisit v, OutcomeRequest.Outcome outcome, String note, Actor actor, Instant now,
            BusinessTimeCalculator hours) {
        int attempts = v.attempts();
        Instant nextAttempt = null;
        ReturnVisit.Status status = switch (outcome) {
            case REACHED -> ReturnVisit.Status.REACHED;
            case PROBLEM_PERSISTS -> ReturnVisit.Status.PROBLEM_PERSISTS;
            case NOT_REACHED -> {
                attempts++;
                if (attempts >= settings.maxAttempts()) {
                    yield ReturnVisit.Status.UNREACHABLE;
                }
                nextAttempt = hours.add(now, settings.retryAfter());
                yield ReturnVisit.Status.RETRY;
            }
        };
        boolean done = !status.open();
        return new ReturnVisit(v.id(), v.ticketId(), v.ticketNumber(), v.resolvedAt(), v.customerId(), v.callerName(),
                v.callerPhone(), v.keyCustomer(), v.engineerName(), v.partnerId(), v.dueAt(), status, attempts,
                nextAttempt, note, actor.id(), done ? now : v.visitedAt(), v.version(), v.createdAt());
    }

    private static Map<String, Object> historyData(ReturnVisit v, OutcomeRequest.Outcome outcome) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("visit", v.id());
        data.put("outcome", outcome.value());
        data.put("status", v.status().value());
        data.put("attempts", v.attempts());
        data.put("note", v.note());
        return data;
    }

    record ReturnVisitPage(List<ReturnVisitView> items, int page, int size, long total) {
    }

    /** A visit with the calls placed for it (their Linkedids, for the call log) and its survey. */
    record ReturnVisitDetail(ReturnVisitView visit, List<String> calls, SurveyView survey) {
    }

    /**
     * @param visits  visits by status
     * @param surveys the surveys owed for them: sent, answered, passed, mean score out of 10
     */
    record EngineerResults(String engineer, UUID partnerId, Map<String, Long> visits, Surveys.Results surveys) {
    }
}
