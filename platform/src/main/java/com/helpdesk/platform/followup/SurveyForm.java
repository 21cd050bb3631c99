package com.helpdesk.platform.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.SurveyTargets;

/**
 * A vendor's satisfaction questions (满意度调查) and the score at which the engineer's work passes.
 * Scores are compared on a 0..10 scale: a 1..5 answer counts double, so "8 out of 10" reads the
 * same whatever scales the questions use.
 *
 * @param passScore out of 10, e.g. 8
 */
record SurveyForm(List<Question> questions, int passScore) {

    static final int MAX_QUESTIONS = 20;
    static final int MAX_TEXT_ANSWER = 2000;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    SurveyForm {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** What a vendor without a form of its own asks: the pass score of its terms, else 8. */
    static SurveyForm standard(SurveyTargets targets) {
        int pass = targets == null ? 8
                : (int) Math.round(targets.passScore() * 10.0 / Math.max(1, targets.scale()));
        return new SurveyForm(List.of(
                new Question("overall", Kind.SCALE_10, Map.of("zh", "您对本次维修服务的总体满意度（0–10 分）？",
                        "en", "How satisfied are you with this repair overall (0–10)?")),
                new Question("engineer", Kind.SCALE_5, Map.of("zh", "您对工程师的服务态度评价（1–5 分）？",
                        "en", "How would you rate the engineer's service (1–5)?")),
                new Question("comment", Kind.TEXT, Map.of("zh", "还有什么想告诉我们的吗？",
                        "en", "Anything else you would like to tell us?"))), pass);
    }

    /** Collects every broken rule; the admin API answers them all at once. */
    void check(Violations violations) {
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            violations.add("questions", "must hold 1 to " + MAX_QUESTIONS + " questions");
        }
        if (passScore < 0 || passScore > 10) {
            violations.add("passScore", "must lie between 0 and 10 (it is out of 10)");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Violations at = violations.at("questions", i);
            Question q = questions.get(i);
            if (!at.require("", q)) {
                continue;
            }
            if (q.key() == null || !KEY.matcher(q.key()).matches()) {
                at.add("key", "must be 1 to 40 lower-case letters, digits or dashes, starting with a letter");
            }
            else if (!keys.add(q.key())) {
                at.add("key", "repeats an earlier question's key");
            }
            at.require("kind", q.kind());
            if (q.text() == null || q.text().isEmpty()) {
                at.add("text", "is required, per language (zh, en)");
            }
            else {
                q.text().forEach((language, text) -> {
                    if (!Set.of("zh", "en").contains(language)) {
                        at.at("text").add(language, "must be zh or en");
                    }
                    else if (text == null || text.isBlank() || text.length() > 500) {
                        at.at("text").add(language, "must be 1 to 500 characters");
                    }
                });
            }
        }
        if (questions.stream().noneMatch(q -> q != null && q.kind() != null && q.kind().scored())) {
            violations.add("questions", "need at least one scored question (scale-5 or scale-10)");
        }
    }

    Question question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }

    /** The scored answers' mean on 0..10, two decimals; null when none was scored. */
    BigDecimal score(List<Answer> answers) {
        int total = 0;
        int count = 0;
        for (Answer a : answers) {
            Question q = question(a.key());
            if (q != null && q.kind().scored() && a.value() != null) {
                total += q.kind() == Kind.SCALE_5 ? a.value() * 2 : a.value();
                count++;
            }
        }
        return count == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    boolean passes(BigDecimal score) {
        return score != null && score.compareTo(BigDecimal.valueOf(passScore)) >= 0;
    }

    /** @param text the question as read or shown, per language ({@code zh}, {@code en}) */
    record Question(String key, Kind kind, Map<String, String> text) {

        Question {
            text = text == null ? Map.of() : Map.copyOf(text);
        }
    }

    enum Kind {
        SCALE_5(1, 5), SCALE_10(0, 10), TEXT(0, 0);

        private final int min;
        private final int max;

        Kind(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @JsonValue
        String value() {
            return name().toLowerCase().replace('_', '-');
        }

        @JsonCreator
        static Kind of(String value) {
            for (Kind k : values()) {
                if (k.value().equals(value)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("must be scale-5, scale-10 or text");
        }

        boolean scored() {
            return this != TEXT;
        }

        int min() {
            return min;
        }

        int max() {
            return max;
        }
    }

    /** One answer: a number for a scale, words for a text question. */
    record Answer(String key, Integer value, String text) {
    }
}
