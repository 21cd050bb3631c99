package com.helpdesk.platform.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.SurveyTargets;

/** Scores on a 0..10 scale against the pass score, and the checks on forms and answers. */
class SurveyFormTests {

    private final SurveyForm form = SurveyForm.standard(new SurveyTargets(0.8, 1.0, 8, 10, 7));

    @Test
    void aFivePointAnswerCountsDoubleAndTheMeanIsComparedWithThePassScore() {
        assertThat(form.passScore()).isEqualTo(8);
        var score = form.score(List.of(answer("overall", 9), answer("engineer", 4)));
        assertThat(score).isEqualByComparingTo("8.50");
        assertThat(form.passes(score)).isTrue();
        assertThat(form.passes(form.score(List.of(answer("overall", 7), answer("engineer", 4))))).isFalse();
    }

    @Test
    void aPassScoreOutOfFiveIsReadOutOfTen() {
        assertThat(SurveyForm.standard(new SurveyTargets(0.8, 1.0, 4, 5, 7)).passScore()).isEqualTo(8);
    }

    @Test
    void answersOffTheScaleUnknownOrRepeatedAreRefusedField() {
        Violations violations = Violations.collect();
        SurveyAnswers.check(form, List.of(answer("overall", 11), answer("engineer", 0), answer("nope", 3)), true,
                violations);
        assertThat(violations.list()).extracting(Violation::field)
            .containsExactlyInAnyOrder("answers[0].value", "answers[1].value", "answers[2].key");

        Violations more = Violations.collect();
        SurveyAnswers.check(form, List.of(answer("overall", 8), answer("overall", 9),
                new SurveyForm.Answer("comment", null, "x".repeat(SurveyForm.MAX_TEXT_ANSWER + 1))), true, more);
        assertThat(more.list()).extracting(Violation::field)
            .containsExactlyInAnyOrder("answers[1].key", "answers[2].text", "answers");
    }

    @Test
    void anUnfinishedSurveyMayBeKeptWhenCompletenessIsNotRequired() {
        Violations violations = Violations.collect();
        List<SurveyForm.Answer> kept = SurveyAnswers.check(form, List.of(answer("overall", 6)), false, violations);

        assertThat(violations.isEmpty()).isTrue();
        assertThat(kept).containsExactly(answer("overall", 6));
    }

    @Test
    void aFormWithoutScoredQuestionsOrWithBadKeysIsRefused() {
        SurveyForm bad = new SurveyForm(List.of(
                new SurveyForm.Question("Bad Key", SurveyForm.Kind.TEXT, Map.of("zh", "说说看")),
                new SurveyForm.Question("remark", SurveyForm.Kind.TEXT, Map.of("fr", "dites"))), 11);
        Violations violations = Violations.collect();
        bad.check(violations);

        assertThatThrownBy(violations::throwIfAny).isInstanceOf(InvalidInputException.class);
        assertThat(violations.list()).extracting(Violation::field)
            .contains("passScore", "questions[0].key", "questions[1].text.fr", "questions");
    }

    private static SurveyForm.Answer answer(String key, int value) {
        return new SurveyForm.Answer(key, value, null);
    }
}
