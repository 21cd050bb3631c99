package com.helpdesk.telephony.ivr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.helpdesk.telephony.ivr.IvrMenu.Action;

/**
 * One caller's way through a tenant's menu: language, greeting (with the after-hours notice),
 * the main menu, then the chosen service. Answers how the IVR let go of the call (an
 * {@link IvrSessionReport} outcome). A caller who hangs up ends it anywhere with
 * {@link CallerHungUp}, which this class lets through.
 */
final class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    private static final char AGENT_AFTER_TICKET = '0';

    private final IvrBackend backend;
    private final CallLine line;
    private final IvrSession session;
    private final Questions questions;
    private final Recorder recorder;
    private final AgentRoute agents;

    Conversation(IvrBackend backend, CallLine line, IvrSession session, String recordingDir) {
        this.backend = backend;
        this.line = line;
        this.session = session;
        this.questions = new Questions(line, session);
        this.recorder = new Recorder(line, questions, session, recordingDir);
        this.agents = new AgentRoute(line, session);
    }

    String serve() {
        try {
            recogniseCaller();
            chooseLanguage();
            line.play(session.prompt("welcome"));
            if (!open()) {
                session.step("closed");
                line.play(session.prompt("closed"));
            }
            return serve(mainMenu());
        }
        catch (RetriesExhausted e) {
            session.step("retries-exhausted");
            return open() ? agents.queue() : goodbye(IvrSessionReport.ENDED);
        }
        catch (CallerHungUp e) {
            throw e;
        }
        catch (RuntimeException e) {
            // The help-desk failed (database, terms missing): an agent can still help the caller.
            log.warn("IVR call {} of tenant {} failed: {}", session.linkedId(), session.tenant(), e.toString());
            session.step("error");
            line.play(session.prompt("error"));
            return open() ? agents.queue() : goodbye(IvrSessionReport.ENDED);
        }
    }

    private String serve(Action action) {
        return switch (action) {
            case REPORT_FAULT -> reportFault();
            case TICKET_STATUS -> {
                new StatusFlow(backend, line, questions, session).run();
                yield goodbye(IvrSessionReport.COMPLETED);
            }
            case COMPLAINT -> {
                new ComplaintFlow(backend, line, session, recorder).run();
                yield goodbye(IvrSessionReport.COMPLETED);
            }
            case AGENT -> open() ? agents.queue() : callback();
        };
    }

    private boolean open() {
        return session.line().inServiceHours();
    }

    /** Caller ID is a hint, not a proof: a failed lookup only means the caller is asked later. */
    private void recogniseCaller() {
        if (session.callerId() == null) {
            return;
        }
        try {
            NumberMatch match = backend.callerByNumber(session.tenant(), session.callerId());
            if (match.found()) {
                session.identified(match.caller());
                session.step("caller-id:known");
            }
        }
        catch (RuntimeException e) {
            log.warn("Caller lookup failed for call {}: {}", session.linkedId(), e.toString());
        }
    }

    /** With two languages: 1 for the first, 2 for the second; silence keeps the first. */
    private void chooseLanguage() {
        var languages = session.menu().languages();
        if (languages.size() > 1) {
            char key = questions.chooseOr("language", "12", '1');
            session.language(languages.get(key - '1'));
        }
        session.step("language:" + session.language());
        // Asterisk's own number and date sayings follow the channel's language.
        line.set("CHANNEL(language)", session.language());
    }

    private Action mainMenu() {
        StringBuilder keys = new StringBuilder();
        session.menu().options().forEach(o -> keys.append(o.key()));
        char key = questions.choose("main-menu", keys.toString());
        session.step("menu:" + key);
        return session.menu().option(key).orElseThrow().action();
    }

    private String reportFault() {
        boolean callback = !open();
        new FaultReportFlow(backend, line, questions, session, recorder).run(callback);
        if (callback) {
            return goodbye(IvrSessionReport.CALLBACK_PROMISED);
        }
        if (questions.offer("after-ticket", String.valueOf(AGENT_AFTER_TICKET)).isPresent()) {
            return agents.queue();
        }
        return goodbye(IvrSessionReport.COMPLETED);
    }

    /** Outside service hours nobody takes the call now: the report is taken and a callback promised. */
    private String callback() {
        session.step("callback");
        line.play(session.prompt("callback-intro"));
        new FaultReportFlow(backend, line, questions, session, recorder).run(true);
        return goodbye(IvrSessionReport.CALLBACK_PROMISED);
    }

    private String goodbye(String outcome) {
        line.set(AgentRoute.PATH, session.pathText(AgentRoute.MAX_PATH_TEXT));
        line.play(session.prompt("goodbye"));
        line.hangup();
        return outcome;
    }
}
