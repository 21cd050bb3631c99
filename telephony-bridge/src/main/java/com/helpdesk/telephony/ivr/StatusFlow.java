package com.helpdesk.telephony.ivr;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ticket status by number. The backend looks only among the line's tenant's tickets, so a number
 * of another vendor's ticket is simply unknown here.
 */
final class StatusFlow {

    private static final Pattern STATUS = Pattern.compile("[a-z-]{1,40}");

    private final IvrBackend backend;
    private final CallLine line;
    private final Questions questions;
    private final IvrSession session;

    StatusFlow(IvrBackend backend, CallLine line, Questions questions, IvrSession session) {
        this.backend = backend;
        this.line = line;
        this.questions = questions;
        this.session = session;
    }

    /** Asks for a number until one is found or the retries are spent; answers whether one was. */
    boolean run() {
        int attempts = session.menu().maxRetries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String digits = questions.digits("enter-ticket", 4, 12);
            Optional<TicketState> state = backend.ticketStatus(session.tenant(), Long.parseLong(digits),
                    session.language());
            if (state.isPresent() && STATUS.matcher(state.get().status()).matches()) {
                session.step("status:" + state.get().status());
                line.play(session.prompt("ticket-status"));
                line.sayDigits(digits);
                line.play(session.prompt("status-" + state.get().status()));
                return true;
            }
            session.step("status:unknown");
            line.play(session.prompt("ticket-unknown"));
        }
        return false;
    }
}
