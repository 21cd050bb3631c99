package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.Violations;

import java.time.Duration;

/**
 * A time promise: done within {@code within} on the given clock. Where a term is "n/a" the target
 * is absent (null in the holding record, missing in JSON).
 */
public record Target(Duration within, ClockKind clock) {

    public static Target business(Duration within) {
        return new Target(within, ClockKind.BUSINESS);
    }

    public static Target aroundTheClock(Duration within) {
        return new Target(within, ClockKind.AROUND_THE_CLOCK);
    }

    void check(Violations at) {
        if (at.require("within", within) && (within.isNegative() || within.isZero())) {
            at.add("within", "must be positive, was " + within);
        }
        at.require("clock", clock);
    }
}
