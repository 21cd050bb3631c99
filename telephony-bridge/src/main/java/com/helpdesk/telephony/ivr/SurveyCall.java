package com.helpdesk.telephony.ivr;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A satisfaction survey the caller owes, as the IVR asks it: the scored questions only (a keypad
 * cannot answer in words), each with its scale.
 */
public record SurveyCall(UUID invitationId, List<Question> questions) {

    public SurveyCall {
        Objects.requireNonNull(invitationId, "invitationId");
        questions = List.copyOf(questions);
    }

    /** @param text the question in the caller's language, for the prompt's text */
    public record Question(String key, int min, int max, String text) {

        public Question {
            Objects.requireNonNull(key, "key");
            if (min < 0 || max > 10 || min >= max) {
                throw new IllegalArgumentException("a keypad scale runs within 0..10: " + min + ".." + max);
            }
        }
    }
}
