package com.helpdesk.platform.followup;

import java.util.List;

import com.helpdesk.tenantadmin.Violations;

/**
 * What the clerk records after calling: {@code reached}, {@code not-reached} or
 * {@code problem-persists}, a note, and the satisfaction answers the customer gave on the phone.
 *
 * @param version the visit's version the clerk read; a stale one is refused with 409
 */
record OutcomeRequest(String outcome, String note, List<SurveyForm.Answer> answers, Integer version) {

    static final int MAX_NOTE = 2000;

    OutcomeRequest {
        note = note == null ? "" : note.strip();
        answers = answers == null ? List.of() : answers;
    }

    Outcome check(Violations violations) {
        Outcome checked = null;
        for (Outcome o : Outcome.values()) {
            if (o.value().equals(outcome)) {
                checked = o;
            }
        }
        if (checked == null) {
            violations.add("outcome", "must be reached, not-reached or problem-persists");
        }
        if (note.length() > MAX_NOTE) {
            violations.add("note", "must be at most " + MAX_NOTE + " characters");
        }
        if (checked == Outcome.NOT_REACHED && !answers.isEmpty()) {
            violations.add("answers", "cannot be given by a customer who was not reached");
        }
        return checked;
    }

    enum Outcome {
        REACHED("reached"), NOT_REACHED("not-reached"), PROBLEM_PERSISTS("problem-persists");

        private final String value;

        Outcome(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }
    }
}
