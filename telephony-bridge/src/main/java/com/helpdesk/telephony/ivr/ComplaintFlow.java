package com.helpdesk.telephony.ivr;

/**
 * The supervision line (监督电话): the caller states the complaint, it is filed once they confirm
 * the recording, and they hear its number and the reply the vendor's terms promise.
 */
final class ComplaintFlow {

    private final IvrBackend backend;
    private final CallLine line;
    private final IvrSession session;
    private final Recorder recorder;
    private final PromiseReader promises;

    ComplaintFlow(IvrBackend backend, CallLine line, IvrSession session, Recorder recorder) {
        this.backend = backend;
        this.line = line;
        this.session = session;
        this.recorder = recorder;
        this.promises = new PromiseReader(line, session);
    }

    void run() {
        Recording statement = recorder.record("complaint-intro", "complaint");
        ComplaintReceipt receipt = backend.fileComplaint(new ComplaintReport(session.tenant(), session.linkedId(),
                session.callerId(), session.keyedNumber(),
                session.caller() == null ? null : session.caller().customerId(), statement, session.language()));
        session.filed(receipt);
        session.step("complaint");
        line.play(session.prompt("complaint-opened"));
        line.sayDigits(Long.toString(receipt.number()));
        promises.read(receipt.reply(), "complaint-within");
    }
}
