package com.helpdesk.telephony.ivr;

/**
 * The caller is gone: Asterisk reported the hang-up (a {@code HANGUP} line, {@code 511}, a result
 * of -1) or the AGI connection broke. Unchecked, so that any step of a menu simply ends there:
 * nothing after it runs, and nothing half-made is stored.
 */
final class CallerHungUp extends RuntimeException {

    CallerHungUp(String where) {
        super("caller hung up during " + where, null, false, false);
    }
}
