package com.helpdesk.platform.ivr;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.followup.PhoneSurveys;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.telephony.ivr.ComplaintReceipt;
import com.helpdesk.telephony.ivr.ComplaintReport;
import com.helpdesk.telephony.ivr.FaultReceipt;
import com.helpdesk.telephony.ivr.FaultReport;
import com.helpdesk.telephony.ivr.IvrBackend;
import com.helpdesk.telephony.ivr.IvrCaller;
import com.helpdesk.telephony.ivr.IvrLine;
import com.helpdesk.telephony.ivr.IvrSessionReport;
import com.helpdesk.telephony.ivr.NumberMatch;
import com.helpdesk.telephony.ivr.SurveyCall;
import com.helpdesk.telephony.ivr.SurveyResult;
import com.helpdesk.telephony.ivr.TicketState;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The help-desk as the FastAGI IVR sees it. The tenant of every call comes from the dialled
 * number ({@link #line}); every later question carries that tenant, and each answer is read in a
 * transaction bound to it, so row-level security keeps one vendor's callers out of another's data.
 */
@Component
class IvrDesk implements IvrBackend {

    private final IvrLines lines;
    private final IvrCallers callers;
    private final FaultReports faults;
    private final Complaints complaints;
    private final Tickets tickets;
    private final RedisIvrSessions sessions;
    private final PhoneSurveys surveys;

    IvrDesk(IvrLines lines, IvrCallers callers, FaultReports faults, Complaints complaints, Tickets tickets,
            RedisIvrSessions sessions, PhoneSurveys surveys) {
        this.lines = lines;
        this.callers = callers;
        this.faults = faults;
        this.complaints = complaints;
        this.tickets = tickets;
        this.sessions = sessions;
        this.surveys = surveys;
    }

    @Override
    public Optional<SurveyCall> surveyOfVisit(UUID tenant, UUID returnVisit, String language) {
        return surveys.ofVisit(new TenantId(tenant), returnVisit, language);
    }

    @Override
    public Optional<SurveyCall> surveyOfTicket(UUID tenant, long ticketNumber, String language) {
        return surveys.ofTicket(new TenantId(tenant), ticketNumber, language);
    }

    @Override
    public void surveyAnswered(SurveyResult result) {
        surveys.answered(result);
    }

    @Override
    public Optional<IvrLine> line(String did) {
        return lines.line(did);
    }

    @Override
    public NumberMatch callerByNumber(UUID tenant, String number) {
        return callers.byNumber(new TenantId(tenant), number);
    }

    @Override
    public Optional<IvrCaller> callerBySerial(UUID tenant, String serialDigits) {
        return callers.bySerial(new TenantId(tenant), serialDigits);
    }

    @Override
    public FaultReceipt reportFault(FaultReport report) {
        return faults.open(report);
    }

    @Override
    public Optional<TicketState> ticketStatus(UUID tenant, long number, String language) {
        return tickets.byNumber(new TenantId(tenant), number)
            .map(t -> new TicketState(t.number(), t.status().value(),
                    StatusWords.of(t.number(), t.status(), language)));
    }

    @Override
    public ComplaintReceipt fileComplaint(ComplaintReport report) {
        return complaints.file(report);
    }

    @Override
    public void sessionEnded(IvrSessionReport s) {
        sessions.store(new IvrSummary(new TenantId(s.tenant()), s.linkedId(), s.path(), s.language(), s.customerId(),
                s.keyedNumber(), s.keyedSerial(), s.ticketId(), s.ticketNumber(), s.complaintId(), s.outcome(),
                s.startedAt(), s.endedAt()));
    }
}
