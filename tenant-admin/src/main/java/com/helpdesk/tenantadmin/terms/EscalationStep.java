package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.Violations;

import java.time.Duration;

/**
 * If the ticket is not solved {@code after} this long (from the report), it goes to tier {@code to}.
 * Zero means "immediately", as in "severe: escalate at once".
 *
 * @param after when, on {@code clock}; zero or more
 * @param clock which clock {@code after} runs on
 * @param to    the next tier or role, in the tenant's words ("second-line", "manufacturer")
 */
public record EscalationStep(Duration after, ClockKind clock, String to) {

    void check(Violations at) {
        if (at.require("after", after) && after.isNegative()) {
            at.add("after", "must not be negative (zero means immediately), was " + after);
        }
        at.require("clock", clock);
        if (to == null || to.isBlank()) {
            at.add("to", "name the tier or role escalated to");
        }
    }
}
