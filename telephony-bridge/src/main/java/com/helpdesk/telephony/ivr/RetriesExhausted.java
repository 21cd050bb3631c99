package com.helpdesk.telephony.ivr;

/** The caller gave no valid answer to a question however often it was asked. */
final class RetriesExhausted extends RuntimeException {

    RetriesExhausted(String prompt) {
        super("no valid answer to " + prompt, null, false, false);
    }
}
