package com.helpdesk.telephony.ivr;

/**
 * Hands the call to the tenant's agents the way the dialplan expects: channel variables, then
 * the AGI script simply returns and the dialplan's {@code Queue(${HELPDESK_QUEUE})} takes the
 * call. The AGI thread never waits in the queue with the caller.
 */
final class AgentRoute {

    static final String QUEUE = "HELPDESK_QUEUE";
    static final String CUSTOMER = "HELPDESK_CUSTOMER";
    static final String TICKET = "HELPDESK_TICKET";
    static final String LANGUAGE = "HELPDESK_LANGUAGE";
    /** Read by the call tracker (AMI VarSet) into the call log's IVR path. */
    static final String PATH = "HELPDESK_IVR_PATH";
    static final int MAX_PATH_TEXT = 1000;

    private final CallLine line;
    private final IvrSession session;

    AgentRoute(CallLine line, IvrSession session) {
        this.line = line;
        this.session = session;
    }

    String queue() {
        session.step("queue");
        line.play(session.prompt("transfer"));
        if (session.caller() != null) {
            line.set(CUSTOMER, session.caller().customerId().toString());
        }
        if (session.ticket() != null) {
            line.set(TICKET, Long.toString(session.ticket().ticketNumber()));
        }
        line.set(LANGUAGE, session.language());
        line.set(PATH, session.pathText(MAX_PATH_TEXT));
        // Last, so that a caller who hangs up during the transfer prompt is not queued half-described.
        line.set(QUEUE, session.line().queue());
        return IvrSessionReport.QUEUED;
    }
}
