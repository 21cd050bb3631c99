package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between reconnect attempts: doubling from {@code initial} to {@code max}, with up to 20%
 * jitter so that several servers (or nodes) do not retry in lockstep after a network blip.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    Duration next() {
        Duration current = next;
        Duration doubled = current.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        long jitter = (long) (current.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
        return current.plusMillis(jitter);
    }

    void reset() {
        next = initial;
    }
}
