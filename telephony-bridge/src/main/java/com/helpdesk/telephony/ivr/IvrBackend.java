package com.helpdesk.telephony.ivr;

import java.util.Optional;
import java.util.UUID;

/**
 * What the IVR asks of the help-desk, implemented by the platform. Called from the AGI thread of
 * one call; every method may be slow (database) but must not wait on the caller. Inputs are
 * already validated as to shape (digits, lengths); what they mean is the backend's business.
 * A method that fails throws; the IVR then apologises and routes the call to an agent.
 */
public interface IvrBackend {

    /**
     * The line a call came in on, found by the dialled number (DID) as Asterisk passed it. Empty
     * when no active tenant owns the number: the IVR then ends the call politely.
     */
    Optional<IvrLine> line(String did);

    /**
     * The customer who has this number (Caller ID or keyed by the caller), read in the tenant's
     * region. The match carries the number in E.164 when it is one, even if nobody has it.
     */
    NumberMatch callerByNumber(UUID tenant, String number);

    /** The customer owning the one device whose serial number's digits are these. */
    Optional<IvrCaller> callerBySerial(UUID tenant, String serialDigits);

    /**
     * Opens the ticket of a complete fault report (the description recorded and confirmed) and
     * answers its number and the promised response, in words of the report's language.
     */
    FaultReceipt reportFault(FaultReport report);

    /** The status of the tenant's ticket with this number; empty if the tenant has none. */
    Optional<TicketState> ticketStatus(UUID tenant, long number, String language);

    /** Files a complaint on the supervision line and answers the reply the tenant promises. */
    ComplaintReceipt fileComplaint(ComplaintReport report);

    /** The survey owed after this return visit, if it is the tenant's and not answered yet. */
    Optional<SurveyCall> surveyOfVisit(UUID tenant, UUID returnVisit, String language);

    /** The survey owed after the latest return visit of the tenant's ticket with this number. */
    Optional<SurveyCall> surveyOfTicket(UUID tenant, long ticketNumber, String language);

    /** Stores the answers keyed so far; called once per survey call, complete or not. */
    void surveyAnswered(SurveyResult result);

    /** The session ended (queued, finished or hung up); the platform keeps it for the pop and the call log. */
    void sessionEnded(IvrSessionReport session);
}
