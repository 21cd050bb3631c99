package com.helpdesk.platform.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A survey as staff see it: the questions asked and the answers given. */
record SurveyView(UUID id, String status, String channel, List<SurveyForm.Question> questions, int passScore,
        List<SurveyForm.Answer> answers, BigDecimal score, Boolean passed, Instant invitedAt, Instant expiresAt,
        Instant answeredAt) {

    static SurveyView of(SurveyInvitation s) {
        return new SurveyView(s.id(), s.status(), s.channel(), s.form().questions(), s.form().passScore(),
                s.answers(), s.score(), s.passed(), s.invitedAt(), s.expiresAt(), s.answeredAt());
    }
}
