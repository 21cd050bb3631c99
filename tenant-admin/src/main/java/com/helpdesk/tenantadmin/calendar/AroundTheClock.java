package com.helpdesk.tenantadmin.calendar;

import java.time.Duration;
import java.time.Instant;

/** The 7×24 clock: business time is real time, so plain instant arithmetic. */
final class AroundTheClock implements BusinessTimeCalculator {

    static final AroundTheClock INSTANCE = new AroundTheClock();

    private AroundTheClock() {
    }

    @Override
    public Instant add(Instant start, Duration businessDuration) {
        BusinessTimeCalculator.requireNotNegative(businessDuration);
        return start.plus(businessDuration);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        return Duration.between(from, to);
    }

    @Override
    public boolean isOpen(Instant instant) {
        return true;
    }

    @Override
    public Instant nextOpening(Instant instant) {
        return instant;
    }
}
