package com.helpdesk.telephony.ivr;

import java.time.Duration;

/**
 * Records what the caller says (a fault description, a complaint) and lets them keep it or say
 * it again. Nothing is stored here: the recording is only a file on the Asterisk host until the
 * report that names it is filed, after the caller confirmed.
 */
final class Recorder {

    /** Silence that ends a recording: the caller has finished speaking. */
    static final Duration SILENCE = Duration.ofSeconds(5);
    private static final String KEEP = "1";
    private static final String AGAIN = "2";

    private final CallLine line;
    private final Questions questions;
    private final IvrSession session;
    private final String directory;

    Recorder(CallLine line, Questions questions, IvrSession session, String directory) {
        this.line = line;
        this.questions = questions;
        this.session = session;
        this.directory = directory;
    }

    Recording record(String promptKey, String kind) {
        int attempts = session.menu().maxRetries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            line.play(session.prompt(promptKey));
            String file = directory + "/" + session.tenant() + "/" + session.linkedId() + "-" + kind + "-" + attempt;
            Duration length = line.record(file, session.menu().maxRecording(), SILENCE);
            if (length.isZero()) {
                session.step("recording-empty");
                continue;
            }
            session.step("recorded");
            if (String.valueOf(questions.choose("confirm-recording", KEEP + AGAIN)).equals(KEEP)) {
                return new Recording(file, CallLine.RECORDING_FORMAT, length);
            }
            session.step("record-again");
        }
        throw new RetriesExhausted(promptKey);
    }
}
