package com.helpdesk.platform.followup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.helpdesk.tenantadmin.Violations;

/** Checks answers against the form they answer: known questions, once each, values on the question's scale. */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    /**
     * The answers as stored: scale answers without text, text answers trimmed.
     *
     * @param complete whether every scored question must be answered (a finished survey), or only
     *                 the ones given so far are checked (a call that ended half-way)
     */
    static List<SurveyForm.Answer> check(SurveyForm form, List<SurveyForm.Answer> answers, boolean complete,
            Violations violations) {
        List<SurveyForm.Answer> given = answers == null ? List.of() : answers;
        if (given.size() > form.questions().size()) {
            violations.add("answers", "must hold at most one answer per question (" + form.questions().size() + ")");
            return List.of();
        }
        List<SurveyForm.Answer> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Violations at = violations.at("answers", i);
            SurveyForm.Answer a = given.get(i);
            SurveyForm.Question q = a == null || a.key() == null ? null : form.question(a.key());
            if (q == null) {
                at.add("key", "names no question of this survey");
                continue;
            }
            if (!seen.add(q.key())) {
                at.add("key", "answers the same question twice");
                continue;
            }
            if (q.kind().scored()) {
                if (a.value() == null || a.value() < q.kind().min() || a.value() > q.kind().max()) {
                    at.add("value", "must be a whole number from %d to %d".formatted(q.kind().min(), q.kind().max()));
                    continue;
                }
                checked.add(new SurveyForm.Answer(q.key(), a.value(), null));
            }
            else {
                String text = a.text() == null ? "" : a.text().strip();
                if (text.length() > SurveyForm.MAX_TEXT_ANSWER) {
                    at.add("text", "must be at most " + SurveyForm.MAX_TEXT_ANSWER + " characters");
                    continue;
                }
                if (!text.isEmpty()) {
                    checked.add(new SurveyForm.Answer(q.key(), null, text));
                }
            }
        }
        if (complete) {
            for (SurveyForm.Question q : form.questions()) {
                if (q.kind().scored() && !seen.contains(q.key())) {
                    violations.add("answers", "miss the question '" + q.key() + "'");
                }
            }
        }
        return checked;
    }
}
