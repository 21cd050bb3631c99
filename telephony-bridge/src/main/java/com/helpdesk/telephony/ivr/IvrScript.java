package com.helpdesk.telephony.ivr;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AGI script Asterisk runs for a hotline call ({@code agi://node/ivr}): finds the line by
 * the dialled number, serves the tenant's menu, and reports the session when it lets go of the
 * call, however that happens. Stateless; asterisk-java calls it on one pooled thread per call.
 */
final class IvrScript implements AgiScript {

    private static final Logger log = LoggerFactory.getLogger(IvrScript.class);

    private final IvrBackend backend;
    private final FastAgiProperties properties;
    private final Clock clock;

    IvrScript(IvrBackend backend, FastAgiProperties properties, Clock clock) {
        this.backend = backend;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        CallSetup setup = CallSetup.of(request);
        CallLine line = new CallLine(channel);
        try {
            line.answer();
            // Every leg of the call shares the Linkedid: the pop and the call log find the session by it.
            String linkedId = line.variable("CHANNEL(linkedid)").filter(CallSetup::isCallId).orElse(setup.uniqueId());
            Optional<IvrLine> ivrLine = setup.did() == null ? Optional.empty() : backend.line(setup.did());
            if (ivrLine.isEmpty()) {
                log.info("Call {} to {} reached no tenant's hotline", linkedId, setup.did());
                line.play(new IvrMenu.Prompt(properties.unknownLine(), ""));
                line.hangup();
                return;
            }
            serve(new IvrSession(ivrLine.get(), linkedId, setup.callerId(), clock.instant()), line);
        }
        catch (CallerHungUp e) {
            log.debug("Caller hung up before the IVR knew the line: {}", e.getMessage());
        }
        catch (RuntimeException e) {
            // No tenant known, so no queue to send the caller to: apologise, the dialplan hangs up.
            log.warn("IVR could not serve the call to {}: {}", setup.did(), e.toString());
            apologise(line);
        }
    }

    private void apologise(CallLine line) {
        try {
            line.play(new IvrMenu.Prompt(properties.unavailable(), ""));
            line.hangup();
        }
        catch (RuntimeException e) {
            log.debug("Could not apologise: {}", e.toString());
        }
    }

    private void serve(IvrSession session, CallLine line) {
        String outcome = IvrSessionReport.HUNG_UP;
        try {
            Optional<UUID> visit = line.variable(SurveyFlow.VISIT_VARIABLE).flatMap(IvrScript::uuid);
            if (visit.isPresent() || line.variable(SurveyFlow.SURVEY_VARIABLE).isPresent()) {
                outcome = new SurveyFlow(backend, line, session).run(visit);
                return;
            }
            outcome = new Conversation(backend, line, session, properties.recordingDir()).serve();
        }
        catch (CallerHungUp e) {
            session.step("hung-up");
        }
        finally {
            report(session, outcome);
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        }
        catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void report(IvrSession session, String outcome) {
        try {
            backend.sessionEnded(session.report(outcome, clock));
        }
        catch (RuntimeException e) {
            // The call is unaffected; only the pop and the call log miss what the caller did.
            log.warn("Could not record the IVR session of call {}: {}", session.linkedId(), e.toString());
        }
    }
}
