package com.helpdesk.telephony.ivr;

/**
 * Who is calling, when Caller ID did not say: by a phone number or the digits of a device's
 * serial number, keyed in. Not being found is not an error: the caller may report anyway, and the
 * agent who calls back identifies them. Each "not found" counts as a try of the menu's retries.
 */
final class Identification {

    private static final String BY_NUMBER = "1";
    private static final String BY_SERIAL = "2";
    private static final String SKIP = "0";

    private final IvrBackend backend;
    private final CallLine line;
    private final Questions questions;
    private final IvrSession session;

    Identification(IvrBackend backend, CallLine line, Questions questions, IvrSession session) {
        this.backend = backend;
        this.line = line;
        this.questions = questions;
        this.session = session;
    }

    void ensure() {
        int attempts = session.menu().maxRetries() + 1;
        for (int attempt = 1; attempt <= attempts && session.caller() == null; attempt++) {
            String how = String.valueOf(questions.choose("identify", BY_NUMBER + BY_SERIAL + SKIP));
            if (how.equals(SKIP)) {
                session.step("identify:skipped");
                return;
            }
            if (how.equals(BY_NUMBER) ? byNumber() : bySerial()) {
                line.play(session.prompt("identified"));
                return;
            }
            session.step("identify:not-found");
            line.play(session.prompt("not-found"));
        }
    }

    private boolean byNumber() {
        String digits = questions.digits("enter-phone", 5, 15);
        NumberMatch match = backend.callerByNumber(session.tenant(), digits);
        if (match.e164() != null) {
            session.keyedNumber(match.e164());
        }
        if (match.found()) {
            session.identified(match.caller());
            session.step("identify:number");
        }
        return match.found();
    }

    private boolean bySerial() {
        String digits = questions.digits("enter-serial", 4, 30);
        session.keyedSerial(digits);
        return backend.callerBySerial(session.tenant(), digits).map(caller -> {
            session.identified(caller);
            session.step("identify:serial");
            return true;
        }).orElse(false);
    }
}
