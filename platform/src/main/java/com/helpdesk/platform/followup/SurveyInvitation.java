package com.helpdesk.platform.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The survey a customer owes after a return visit, with the form as it was when sent and the
 * answers once given.
 *
 * @param status  {@code pending}, {@code answered}, or {@code incomplete} (a call ended half-way)
 * @param channel how it was answered: {@code web}, {@code phone} (the clerk asked) or {@code ivr}
 * @param score   the scored answers' mean on 0..10
 */
record SurveyInvitation(UUID id, UUID visitId, UUID ticketId, UUID customerId, boolean keyCustomer,
        String engineerName, UUID partnerId, SurveyForm form, String status, String channel,
        List<SurveyForm.Answer> answers, BigDecimal score, Boolean passed, Instant invitedAt, Instant expiresAt,
        Instant answeredAt) {

    static final String PENDING = "pending";
    static final String ANSWERED = "answered";
    static final String INCOMPLETE = "incomplete";

    SurveyInvitation {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** Whether answers may still be given: not yet answered in full, by any channel. */
    boolean open() {
        return !ANSWERED.equals(status);
    }
}
