package com.helpdesk.telephony.ivr;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One call's state in the IVR: where the caller went, who they turned out to be, what was opened
 * for them. Used by the one AGI thread serving the call, so it needs no locking.
 */
final class IvrSession {

    /** A caller pressing keys for an hour still leaves a path that fits a call-log row. */
    static final int MAX_PATH = 100;

    private final IvrLine line;
    private final String linkedId;
    private final String callerId;
    private final Instant startedAt;
    private final List<String> path = new ArrayList<>();
    private String language;
    private IvrCaller caller;
    private String keyedNumber;
    private String keyedSerial;
    private FaultReceipt ticket;
    private ComplaintReceipt complaint;

    IvrSession(IvrLine line, String linkedId, String callerId, Instant startedAt) {
        this.line = line;
        this.linkedId = linkedId;
        this.callerId = callerId;
        this.startedAt = startedAt;
        this.language = line.menu().defaultLanguage();
    }

    void step(String step) {
        if (path.size() < MAX_PATH) {
            path.add(step);
        }
    }

    /**
     * The path as the call tracker reads {@code HELPDESK_IVR_PATH}: steps joined by {@code /}, cut at
     * a step so it fits an AGI command line (Asterisk reads 2 KB of one).
     */
    String pathText(int max) {
        StringBuilder text = new StringBuilder();
        for (String step : path) {
            if (text.length() + step.length() + 1 > max) {
                break;
            }
            text.append(text.isEmpty() ? "" : "/").append(step);
        }
        return text.toString();
    }

    IvrLine line() {
        return line;
    }

    UUID tenant() {
        return line.tenant();
    }

    IvrMenu menu() {
        return line.menu();
    }

    String linkedId() {
        return linkedId;
    }

    /** The caller's number as Asterisk reported it, checked for shape; null if withheld or odd. */
    String callerId() {
        return callerId;
    }

    String language() {
        return language;
    }

    void language(String chosen) {
        language = chosen;
    }

    IvrCaller caller() {
        return caller;
    }

    void identified(IvrCaller who) {
        caller = who;
    }

    String keyedNumber() {
        return keyedNumber;
    }

    void keyedNumber(String e164) {
        keyedNumber = e164;
    }

    void keyedSerial(String digits) {
        keyedSerial = digits;
    }

    FaultReceipt ticket() {
        return ticket;
    }

    void opened(FaultReceipt receipt) {
        ticket = receipt;
    }

    void filed(ComplaintReceipt receipt) {
        complaint = receipt;
    }

    IvrMenu.Prompt prompt(String key) {
        return line.menu().prompt(key, language);
    }

    IvrSessionReport report(String outcome, Clock clock) {
        return new IvrSessionReport(line.tenant(), linkedId, path, language,
                caller == null ? null : caller.customerId(), keyedNumber, keyedSerial,
                ticket == null ? null : ticket.ticketId(), ticket == null ? null : ticket.ticketNumber(),
                complaint == null ? null : complaint.complaintId(), outcome, startedAt, clock.instant());
    }
}
