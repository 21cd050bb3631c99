package com.helpdesk.telephony.ivr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone survey after a repair: "press 1 to 5" (or 0 to 10) per question. A call that carries
 * the return visit ({@value #VISIT_VARIABLE}, set on the customer's leg by click-to-call and kept
 * when the clerk transfers the customer here) goes straight to its survey; a caller who dials in
 * keys the ticket number. Wrong keys and silence are re-prompted up to the menu's retries. Whatever
 * ends the survey early (a hang-up, retries spent) keeps the answers given so far, marked incomplete.
 */
final class SurveyFlow {

    static final String VISIT_VARIABLE = "RETURN_VISIT";
    /** Set by the dialplan of a survey number (any value): the caller is surveyed rather than served the menu. */
    static final String SURVEY_VARIABLE = "HELPDESK_SURVEY";
    private static final Logger log = LoggerFactory.getLogger(SurveyFlow.class);

    private final IvrBackend backend;
    private final CallLine line;
    private final Questions questions;
    private final IvrSession session;

    SurveyFlow(IvrBackend backend, CallLine line, IvrSession session) {
        this.backend = backend;
        this.line = line;
        this.session = session;
        this.questions = new Questions(line, session);
    }

    /** Runs the survey; answers the session outcome. */
    String run(Optional<UUID> visit) {
        Optional<SurveyCall> survey = visit.isPresent()
                ? backend.surveyOfVisit(session.tenant(), visit.get(), session.language())
                : backend.surveyOfTicket(session.tenant(), Long.parseLong(questions.digits("survey-enter-ticket", 4, 12)),
                        session.language());
        if (survey.isEmpty()) {
            session.step("survey:none");
            line.play(session.prompt("survey-none"));
            return goodbye();
        }
        session.step("survey:start");
        line.play(session.prompt("survey-intro"));
        Map<String, Integer> answers = new LinkedHashMap<>();
        boolean complete = false;
        try {
            for (SurveyCall.Question q : survey.get().questions()) {
                answers.put(q.key(), ask(q));
                session.step("survey:" + q.key());
            }
            complete = true;
        }
        catch (RetriesExhausted e) {
            session.step("survey:retries-exhausted");
        }
        finally {
            // Also on a hang-up (CallerHungUp passes through): what was answered is kept.
            save(survey.get(), answers, complete);
        }
        line.play(session.prompt(complete ? "survey-thanks" : "survey-incomplete"));
        return goodbye();
    }

    private int ask(SurveyCall.Question q) {
        IvrMenu.Prompt prompt = new IvrMenu.Prompt("helpdesk/" + session.language() + "/survey-" + q.key(), q.text());
        return questions.number(prompt, "survey-" + q.key(), q.min(), q.max());
    }

    private void save(SurveyCall survey, Map<String, Integer> answers, boolean complete) {
        try {
            backend.surveyAnswered(new SurveyResult(session.tenant(), survey.invitationId(), session.linkedId(),
                    answers, complete));
        }
        catch (RuntimeException e) {
            log.warn("Could not store the survey answers of call {}: {}", session.linkedId(), e.toString());
        }
    }

    private String goodbye() {
        line.play(session.prompt("goodbye"));
        line.hangup();
        return IvrSessionReport.COMPLETED;
    }
}
