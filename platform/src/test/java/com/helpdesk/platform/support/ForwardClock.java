package com.helpdesk.platform.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock moved forward by an offset the test sets, so that an alarm half an hour away
 * falls due at once or a tenant's service hours are open (or closed) whatever the time of the run.
 * The platform reads it as its {@link Clock}: tickets' clocks, history, the IVR's hours and the
 * escalation scheduler's idea of "due" all move together. It only ever moves forward: db-scheduler
 * waits between polls on the same clock.
 */
public final class ForwardClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform's clock is UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Makes "now" {@code at}; refuses to go back. */
    public void moveTo(Instant at) {
        Duration wanted = Duration.between(Instant.now(), at);
        Duration before = advance(wanted);
        if (wanted.compareTo(before) < 0) {
            throw new IllegalArgumentException("the test clock does not go back to " + at);
        }
    }

    /** Moves "now" to a second past {@code at}, unless it is there already. */
    public void passTo(Instant at) {
        advance(Duration.between(Instant.now(), at.plusSeconds(1)));
    }

    /** Raises the offset to {@code wanted} if that is further ahead; answers the offset before. */
    private Duration advance(Duration wanted) {
        return offset.getAndAccumulate(wanted, (current, next) -> next.compareTo(current) > 0 ? next : current);
    }

    /** Replaces the application's clock in the test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ForwardClock forwardClock() {
            return new ForwardClock();
        }
    }
}
