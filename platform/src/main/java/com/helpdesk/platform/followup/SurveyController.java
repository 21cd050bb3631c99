package com.helpdesk.platform.followup;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.tenantadmin.Violations;

/** How many customers answered their satisfaction survey, against the vendor's targets, and who still owes one. */
@RestController
@RequestMapping("/api/surveys")
class SurveyController {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final Surveys surveys;

    SurveyController(Surveys surveys) {
        this.surveys = surveys;
    }

    /** Surveys sent in {@code [from, to)}, by default the last 30 days. */
    @GetMapping("/response-rate")
    Surveys.ResponseRate responseRate(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        Instant end = to != null ? to : surveys.now();
        Instant start = from != null ? from : end.minus(DEFAULT_PERIOD);
        if (!start.isBefore(end)) {
            Violations violations = Violations.collect();
            violations.add("from", "must be before to");
            violations.throwIfAny();
        }
        return surveys.responseRate(member.tenantId(), start, end);
    }

    /** Customers who still owe an answer, key customers first, then the longest waiting. */
    @GetMapping("/outstanding")
    Surveys.Owing outstanding(@AuthenticationPrincipal StaffMember member,
            @RequestParam(defaultValue = "false") boolean keyOnly, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Violations violations = Violations.collect();
        if (page < 0) {
            violations.add("page", "must not be negative");
        }
        if (size < 1 || size > ReturnVisitController.MAX_SIZE) {
            violations.add("size", "must be between 1 and " + ReturnVisitController.MAX_SIZE);
        }
        violations.throwIfAny();
        return surveys.outstanding(member.tenantId(), keyOnly, page, size);
    }
}
