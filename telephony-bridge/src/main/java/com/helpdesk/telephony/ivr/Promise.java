package com.helpdesk.telephony.ivr;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A time promise read to the caller: "within 2 business hours". The IVR speaks it from sound
 * files and Asterisk's number and date sayings; {@code words} is the same sentence as text in the
 * caller's language, for logs, notes and text-to-speech.
 *
 * @param amount       how many {@code unit}s; 0 when the tenant promises no time ("as soon as possible")
 * @param businessTime whether the time counts in service hours only
 * @param afterOpening the promise starts when service hours begin again (the call came outside them)
 * @param dueAt        when it falls due, or null when no time is promised
 * @param zone         the tenant's zone, in which {@code dueAt} is read out
 */
public record Promise(long amount, Unit unit, boolean businessTime, boolean afterOpening, Instant dueAt, ZoneId zone,
        String words) {

    public enum Unit {
        MINUTES, HOURS, DAYS
    }

    public Promise {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(words, "words");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }

    /** No time promised: the vendor's terms name none for this case. */
    public static Promise asSoonAsPossible(String words) {
        return new Promise(0, Unit.HOURS, false, false, null, null, words);
    }

    public boolean timed() {
        return amount > 0;
    }
}
