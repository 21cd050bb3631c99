package com.helpdesk.telephony.ivr;

import java.util.List;
import java.util.UUID;

import com.helpdesk.telephony.ivr.IvrMenu.ProductLine;
import com.helpdesk.telephony.ivr.IvrMenu.SeverityQuestion;

/**
 * Reporting a fault: who (if Caller ID did not tell), which device or product line, how severe,
 * the fault in the caller's words. The ticket is opened only after the description is recorded
 * and confirmed, as the very last step: a caller who hangs up before leaves nothing behind.
 */
final class FaultReportFlow {

    /** Keys 1 to 8 pick a device; 9 is "another product". */
    static final int MAX_DEVICES = 8;
    private static final char OTHER_PRODUCT = '9';
    private static final String YES = "1";
    private static final String NO = "2";

    private final IvrBackend backend;
    private final CallLine line;
    private final Questions questions;
    private final IvrSession session;
    private final Identification identification;
    private final Recorder recorder;
    private final PromiseReader promises;

    FaultReportFlow(IvrBackend backend, CallLine line, Questions questions, IvrSession session, Recorder recorder) {
        this.backend = backend;
        this.line = line;
        this.questions = questions;
        this.session = session;
        this.identification = new Identification(backend, line, questions, session);
        this.recorder = recorder;
        this.promises = new PromiseReader(line, session);
    }

    /** @param callback outside service hours: the receipt promises a callback */
    FaultReceipt run(boolean callback) {
        if (session.caller() == null) {
            identification.ensure();
        }
        UUID device = chooseDevice();
        String productLine = device == null ? chooseProductLine() : null;
        int severity = severity();
        Recording description = recorder.record("record-description", "fault");
        FaultReceipt receipt = backend.reportFault(new FaultReport(session.tenant(), session.linkedId(),
                session.callerId(), session.keyedNumber(), customerId(), device, productLine, severity, description,
                session.language(), callback));
        session.opened(receipt);
        session.step("ticket");
        line.play(session.prompt("ticket-opened"));
        line.sayDigits(Long.toString(receipt.ticketNumber()));
        promises.read(receipt.promise(), "promise-within");
        return receipt;
    }

    private UUID customerId() {
        return session.caller() == null ? null : session.caller().customerId();
    }

    private UUID chooseDevice() {
        IvrCaller caller = session.caller();
        if (caller == null) {
            return null;
        }
        if (caller.matchedDevice() != null) {
            session.step("device:serial");
            return caller.matchedDevice();
        }
        List<IvrCaller.Device> devices = caller.devices().stream().limit(MAX_DEVICES).toList();
        if (devices.isEmpty()) {
            return null;
        }
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < devices.size(); i++) {
            announce(i + 1, devices.get(i));
            keys.append((char) ('1' + i));
        }
        if (!session.menu().productLines().isEmpty()) {
            keys.append(OTHER_PRODUCT);
        }
        char key = questions.choose("choose-device", keys.toString());
        if (key == OTHER_PRODUCT) {
            session.step("device:other");
            return null;
        }
        session.step("device:" + key);
        return devices.get(key - '1').id();
    }

    /** "Device 1: laptop, serial ending 4711." */
    private void announce(int position, IvrCaller.Device device) {
        line.play(session.prompt("device"));
        line.sayNumber(position);
        session.menu().productLines().stream()
            .filter(p -> p.productLine().equals(device.productLine()))
            .findFirst()
            .ifPresent(p -> line.play(IvrMenu.localized(p.prompt(), session.language(), session.menu(),
                    "product-" + p.key())));
        if (device.serialTail() != null && device.serialTail().matches("[0-9]{1,4}")) {
            line.play(session.prompt("serial-ending"));
            line.sayDigits(device.serialTail());
        }
    }

    private String chooseProductLine() {
        List<ProductLine> lines = session.menu().productLines();
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder keys = new StringBuilder();
        lines.forEach(p -> keys.append(p.key()));
        char key = questions.choose("choose-product-line", keys.toString());
        session.step("product:" + key);
        return lines.stream().filter(p -> p.key() == key).findFirst().orElseThrow().productLine();
    }

    /** The first question answered "yes" gives the severity; all "no", the menu's default. */
    private int severity() {
        List<SeverityQuestion> asked = session.menu().severityQuestions();
        for (int i = 0; i < asked.size(); i++) {
            SeverityQuestion question = asked.get(i);
            IvrMenu.Prompt prompt = IvrMenu.localized(question.prompt(), session.language(), session.menu(),
                    "severity-" + (i + 1));
            if (String.valueOf(questions.choose(prompt, "severity-" + (i + 1), YES + NO)).equals(YES)) {
                session.step("severity:" + question.severity());
                return question.severity();
            }
        }
        session.step("severity:" + session.menu().defaultSeverity());
        return session.menu().defaultSeverity();
    }
}
