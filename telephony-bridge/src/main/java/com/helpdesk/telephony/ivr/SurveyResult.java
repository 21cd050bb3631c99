package com.helpdesk.telephony.ivr;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The answers a caller keyed, in the order asked.
 *
 * @param complete false when the caller hung up, or ran out of tries, before the last question:
 *                 the answers given are kept and the survey is marked incomplete
 */
public record SurveyResult(UUID tenant, UUID invitationId, String linkedId, Map<String, Integer> answers,
        boolean complete) {

    public SurveyResult {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(invitationId, "invitationId");
        answers = Map.copyOf(answers);
    }
}
