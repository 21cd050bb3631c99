package com.helpdesk.telephony.ivr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.helpdesk.telephony.ivr.IvrMenu.Action;
import com.helpdesk.telephony.ivr.IvrMenu.MenuOption;
import com.helpdesk.telephony.ivr.IvrMenu.ProductLine;
import com.helpdesk.telephony.ivr.IvrMenu.Prompt;
import com.helpdesk.telephony.ivr.IvrMenu.SeverityQuestion;

/**
 * The platform's side of the port as these tests need it: one tenant's hotline, one known
 * caller, and a record of every report and session the IVR hands over. The platform's own
 * implementation is tested against the real services in the platform module.
 */
final class ScriptedBackend implements IvrBackend {

    static final String DID = "+861088886666";
    static final String KNOWN_CALLER = "+8613800138000";
    static final UUID TENANT = UUID.fromString("7a1f0c3e-0000-4000-8000-000000000001");
    static final UUID CUSTOMER = UUID.fromString("00000000-0000-4000-8000-00000000c001");
    static final UUID LAPTOP = UUID.fromString("00000000-0000-4000-8000-00000000d001");
    static final long TICKET_NUMBER = 100042;

    final List<FaultReport> faults = new CopyOnWriteArrayList<>();
    final List<ComplaintReport> complaints = new CopyOnWriteArrayList<>();
    final List<IvrSessionReport> sessions = new CopyOnWriteArrayList<>();
    final List<String> numbersLookedUp = new CopyOnWriteArrayList<>();
    volatile boolean inServiceHours = true;
    volatile boolean failReports;

    static IvrMenu menu() {
        Map<String, Prompt> severe = Map.of("zh", new Prompt("helpdesk/zh/severity-1", "停机？"), "en",
                new Prompt("helpdesk/en/severity-1", "Down?"));
        Map<String, Prompt> major = Map.of("zh", new Prompt("helpdesk/zh/severity-2", "部分？"), "en",
                new Prompt("helpdesk/en/severity-2", "Partly?"));
        return new IvrMenu(List.of("zh", "en"), 2, Duration.ofSeconds(5), Duration.ofSeconds(120), Map.of(),
                List.of(new MenuOption('1', Action.REPORT_FAULT), new MenuOption('2', Action.TICKET_STATUS),
                        new MenuOption('3', Action.COMPLAINT), new MenuOption('0', Action.AGENT)),
                List.of(new ProductLine('1', "laptop", Map.of("en", new Prompt("kunlun/en/laptop", "laptop"))),
                        new ProductLine('2', "printer", Map.of())),
                List.of(new SeverityQuestion(severe, 1), new SeverityQuestion(major, 2)), 3);
    }

    @Override
    public Optional<IvrLine> line(String did) {
        return did.equals(DID) ? Optional.of(new IvrLine(TENANT, "kunlun", inServiceHours, menu())) : Optional.empty();
    }

    @Override
    public NumberMatch callerByNumber(UUID tenant, String number) {
        numbersLookedUp.add(number);
        String e164 = number.startsWith("+") ? number : "+86" + number;
        return new NumberMatch(e164, e164.equals(KNOWN_CALLER) ? caller(null) : null);
    }

    @Override
    public Optional<IvrCaller> callerBySerial(UUID tenant, String serialDigits) {
        return serialDigits.equals("20240815") ? Optional.of(caller(LAPTOP)) : Optional.empty();
    }

    private static IvrCaller caller(UUID matched) {
        return new IvrCaller(CUSTOMER, List.of(new IvrCaller.Device(LAPTOP, "laptop", "K14", "0815"),
                new IvrCaller.Device(UUID.randomUUID(), "printer", "P2", "4711")), matched);
    }

    @Override
    public FaultReceipt reportFault(FaultReport report) {
        if (failReports) {
            throw new IllegalStateException("database down");
        }
        faults.add(report);
        Promise promise = new Promise(2, Promise.Unit.HOURS, true, report.callback(),
                Instant.parse("2026-11-24T02:30:00Z"), ZoneId.of("Asia/Shanghai"), "within 2 business hours");
        return new FaultReceipt(UUID.randomUUID(), TICKET_NUMBER, report.severity(), promise);
    }

    @Override
    public Optional<TicketState> ticketStatus(UUID tenant, long number, String language) {
        return number == TICKET_NUMBER ? Optional.of(new TicketState(number, "on-site", "an engineer is on site"))
                : Optional.empty();
    }

    @Override
    public ComplaintReceipt fileComplaint(ComplaintReport report) {
        complaints.add(report);
        return new ComplaintReceipt(UUID.randomUUID(), 500001,
                new Promise(10, Promise.Unit.MINUTES, false, false, null, null, "within 10 minutes"));
    }

    @Override
    public void sessionEnded(IvrSessionReport session) {
        sessions.add(session);
    }

    @Override
    public Optional<SurveyCall> surveyOfVisit(UUID tenant, UUID returnVisit, String language) {
        return Optional.empty();
    }

    @Override
    public Optional<SurveyCall> surveyOfTicket(UUID tenant, long ticketNumber, String language) {
        return Optional.empty();
    }

    @Override
    public void surveyAnswered(SurveyResult result) {
    }
}
