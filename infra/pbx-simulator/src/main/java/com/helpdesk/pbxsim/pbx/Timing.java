package com.helpdesk.pbxsim.pbx;

import java.time.Duration;

/**
 * The pauses of a scripted call. Tests use {@link #fast()} and end calls through
 * {@link CallHandle#hangup()} rather than waiting for {@code talk} to run out.
 *
 * @param step        between two events of one moment (Newchannel, VarSet, Newexten...)
 * @param ivr         time spent in the FastAGI IVR
 * @param ring        from the phones ringing to the answer
 * @param ringTimeout a queue member's ring timeout (queues.conf {@code timeout}), for unanswered rounds
 * @param talk        from the answer to the hangup, unless hung up earlier
 * @param queueWait   how long an abandoning caller waits before hanging up
 */
public record Timing(Duration step, Duration ivr, Duration ring, Duration ringTimeout, Duration talk,
        Duration queueWait) {

    public static Timing realistic() {
        return new Timing(Duration.ofMillis(20), Duration.ofSeconds(6), Duration.ofSeconds(4), Duration.ofSeconds(20),
                Duration.ofSeconds(45), Duration.ofSeconds(15));
    }

    /** Milliseconds everywhere and a talk time that only {@link CallHandle#hangup()} cuts short. */
    public static Timing fast() {
        return new Timing(Duration.ZERO, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(50),
                Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    /** Every pause multiplied by {@code factor}, e.g. 0.1 for a demo ten times faster. */
    public Timing scaled(double factor) {
        return new Timing(scale(step, factor), scale(ivr, factor), scale(ring, factor), scale(ringTimeout, factor),
                scale(talk, factor), scale(queueWait, factor));
    }

    public Timing withTalk(Duration value) {
        return new Timing(step, ivr, ring, ringTimeout, value, queueWait);
    }

    public Timing withQueueWait(Duration value) {
        return new Timing(step, ivr, ring, ringTimeout, talk, value);
    }

    private static Duration scale(Duration duration, double factor) {
        return Duration.ofNanos((long) (duration.toNanos() * factor));
    }
}
