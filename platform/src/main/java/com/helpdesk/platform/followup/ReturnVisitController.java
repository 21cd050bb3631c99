package com.helpdesk.platform.followup;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.tenantadmin.Violations;

/**
 * The return-visit clerks' worklist (回访): visits to call, the ones overdue or due soonest first;
 * the outcome of each call; the survey link to send; and the results per engineer or partner.
 * Calls are placed through {@code POST /api/calls/callbacks} with the visit's id.
 */
@RestController
@RequestMapping("/api/return-visits")
class ReturnVisitController {

    static final int MAX_SIZE = 100;
    private static final List<String> OPEN = List.of("due", "retry");

    private final ReturnVisits visits;
    private final SurveyLinkIssuer links;

    ReturnVisitController(ReturnVisits visits, SurveyLinkIssuer links) {
        this.visits = visits;
        this.links = links;
    }

    /**
     * @param status {@code open} (due and retry, the default), {@code all}, or one status
     * @param ticket only the visits of this ticket
     */
    @GetMapping
    ReturnVisits.ReturnVisitPage worklist(@AuthenticationPrincipal StaffMember member,
            @RequestParam(defaultValue = "open") String status, @RequestParam(required = false) UUID ticket,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Violations violations = Violations.collect();
        List<String> statuses = switch (status) {
            case "open" -> OPEN;
            case "all" -> Arrays.stream(ReturnVisit.Status.values()).map(ReturnVisit.Status::value).toList();
            default -> ReturnVisit.Status.of(status).map(s -> List.of(s.value())).orElseGet(() -> {
                violations.add("status", "must be open, all, due, retry, reached, problem-persists or unreachable");
                return List.of();
            });
        };
        if (page < 0) {
            violations.add("page", "must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_SIZE);
        }
        violations.throwIfAny();
        return visits.worklist(member.tenantId(), statuses, ticket, page, size);
    }

    @GetMapping("/{id}")
    ReturnVisits.ReturnVisitDetail read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return visits.read(member.tenantId(), id);
    }

    /** Records the call's outcome; "problem-persists" reopens the ticket in the same transaction. */
    @PostMapping("/{id}/outcome")
    ReturnVisits.ReturnVisitDetail outcome(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody OutcomeRequest body) {
        return visits.record(member.tenantId(), id, body, Actor.of(member));
    }

    /** A signed, single-use link to the visit's survey, for the customer to answer on the web. */
    @PostMapping("/{id}/survey-link")
    SurveyLinkIssuer.IssuedLink surveyLink(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody(required = false) SurveyLinkIssuer.LinkRequest body) {
        return links.issue(member.tenant(), member.tenantId(), id,
                body == null ? new SurveyLinkIssuer.LinkRequest(null, null) : body);
    }

    /** An engineer's (by name, as recorded) or a partner's return visits and survey results. */
    @GetMapping("/results")
    ReturnVisits.EngineerResults results(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) String engineer, @RequestParam(required = false) UUID partnerId) {
        Violations violations = Violations.collect();
        if ((engineer == null || engineer.isBlank()) && partnerId == null) {
            violations.add("engineer", "or partnerId is required");
        }
        if (engineer != null && engineer.length() > 200) {
            violations.add("engineer", "must be at most 200 characters");
        }
        violations.throwIfAny();
        return visits.results(member.tenantId(), engineer == null || engineer.isBlank() ? null : engineer.strip(),
                partnerId);
    }
}
