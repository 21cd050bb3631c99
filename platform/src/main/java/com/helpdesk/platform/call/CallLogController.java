package com.helpdesk.platform.call;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.Violations;

/** The call log: newest first, by customer, agent or outcome, paged by the start of the last call seen. */
@RestController
@RequestMapping("/api/calls")
class CallLogController {

    static final int MAX_LIMIT = 200;
    private static final Set<String> DISPOSITIONS = Set.of("answered", "abandoned", "ivr-only", "failed", "live");

    private final CallLog calls;
    private final ClickToCall clickToCall;

    CallLogController(CallLog calls, ClickToCall clickToCall) {
        this.calls = calls;
        this.clickToCall = clickToCall;
    }

    /** Click-to-call: rings the agent's phone, then the customer; 202, the outcome is pushed to the agent. */
    @PostMapping("/callbacks")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ClickToCall.Placing callBack(@AuthenticationPrincipal StaffMember member,
            @RequestBody ClickToCall.CallbackRequest body) {
        member.tenantId();
        return clickToCall.call(member.tenant(), member.userId(), body);
    }

    @GetMapping
    List<CallEntry> list(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) UUID customer,
            @RequestParam(required = false) UUID agent, @RequestParam(required = false) String disposition,
            @RequestParam(required = false) Instant before, @RequestParam(defaultValue = "50") int limit) {
        Violations violations = Violations.collect();
        if (disposition != null && !DISPOSITIONS.contains(disposition)) {
            violations.add("disposition", "must be one of " + String.join(", ", DISPOSITIONS.stream().sorted().toList()));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add("limit", "must be between 1 and " + MAX_LIMIT);
        }
        violations.throwIfAny();
        return calls.list(member.tenantId(), customer, agent, disposition, before, limit);
    }

    @GetMapping("/{id}")
    CallEntry read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return calls.find(member.tenantId(), id).orElseThrow(() -> new NotFoundException("Call", id));
    }
}
