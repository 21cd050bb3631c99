package com.helpdesk.platform.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.SurveyTargets;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/**
 * Satisfaction surveys owed after return visits: answers by any channel, and how many customers
 * answered against the vendor's targets ({@code survey} in its terms).
 */
@Service
class Surveys {

    private final TenantTransactions transactions;
    private final SurveyInvitationRepository invitations;
    private final TermsCatalog terms;
    private final Clock clock;

    Surveys(TenantTransactions transactions, SurveyInvitationRepository invitations, TermsCatalog terms, Clock clock) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.terms = terms;
        this.clock = clock;
    }

    Optional<SurveyInvitation> ofVisit(TenantId tenant, UUID visit) {
        return invitations.ofVisit(tenant, visit, false);
    }

    /** The clerk's record of answers given on the return-visit call (inside the outcome's transaction). */
    void answerByPhone(TenantId tenant, UUID visit, List<SurveyForm.Answer> answers, Instant now) {
        SurveyInvitation survey = invitations.ofVisit(tenant, visit, true)
            .orElseThrow(() -> new NotFoundException("Survey of return visit", visit));
        if (!survey.open()) {
            throw new ConflictException("The customer has already answered this survey (" + survey.channel() + ").");
        }
        store(tenant, survey, answers, false, "phone", now);
    }

    /**
     * Stores checked answers: {@code answered} when every scored question has one, else
     * {@code incomplete} (kept, and the survey still counts as owed).
     *
     * @param complete whether a missing scored answer is refused rather than kept as incomplete
     */
    void store(TenantId tenant, SurveyInvitation survey, List<SurveyForm.Answer> answers, boolean complete,
            String channel, Instant now) {
        Violations violations = Violations.collect();
        List<SurveyForm.Answer> checked = SurveyAnswers.check(survey.form(), answers, complete, violations);
        violations.throwIfAny();
        boolean all = survey.form().questions().stream().filter(q -> q.kind().scored())
            .allMatch(q -> checked.stream().anyMatch(a -> a.key().equals(q.key())));
        BigDecimal score = survey.form().score(checked);
        invitations.answer(tenant, survey.id(), all ? SurveyInvitation.ANSWERED : SurveyInvitation.INCOMPLETE, channel,
                checked, score, score == null ? null : survey.form().passes(score), now);
    }

    Results resultsBy(TenantId tenant, String engineer, UUID partner) {
        SurveyInvitationRepository.Rates r = invitations.resultsBy(tenant, engineer, partner);
        return new Results(r.invited(), r.answered(), r.passed(), scale(r.average()));
    }

    /** Surveys sent in {@code [from, to)} and how many were answered, against the vendor's targets. */
    ResponseRate responseRate(TenantId tenant, Instant from, Instant to) {
        SurveyTargets targets = terms.current(tenant).map(ServiceTerms::survey).orElse(null);
        SurveyInvitationRepository.Rates r = transactions.call(tenant, () -> invitations.rates(tenant, from, to));
        double all = rate(r.answered(), r.invited());
        double key = rate(r.keyAnswered(), r.keyInvited());
        Double target = targets == null ? null : targets.responseRate();
        Double keyTarget = targets == null ? null : targets.keyCustomerResponseRate();
        return new ResponseRate(from, to, r.invited(), r.answered(), all, target,
                r.keyInvited(), r.keyAnswered(), key, keyTarget,
                (target == null || all >= target) && (keyTarget == null || key >= keyTarget),
                r.passed(), scale(r.average()));
    }

    Owing outstanding(TenantId tenant, boolean keyOnly, int page, int size) {
        return transactions.call(tenant, () -> new Owing(invitations.outstanding(tenant, keyOnly, page, size), page,
                size, invitations.countOutstanding(tenant, keyOnly)));
    }

    Instant now() {
        return clock.instant();
    }

    /** No survey sent counts as every target met: 1.0. */
    private static double rate(long answered, long invited) {
        return invited == 0 ? 1.0 : BigDecimal.valueOf(answered)
            .divide(BigDecimal.valueOf(invited), 4, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal scale(BigDecimal average) {
        return average == null ? null : average.setScale(2, RoundingMode.HALF_UP);
    }

    /** @param averageScore mean of the answered surveys' scores, out of 10 */
    record Results(long sent, long answered, long passed, BigDecimal averageScore) {
    }

    /** @param meetsTargets both rates at or above the terms' targets (a missing target is met) */
    record ResponseRate(Instant from, Instant to, long sent, long answered, double rate, Double target,
            long keyCustomersSent, long keyCustomersAnswered, double keyCustomerRate, Double keyCustomerTarget,
            boolean meetsTargets, long passed, BigDecimal averageScore) {
    }

    record Owing(List<SurveyInvitationRepository.Owed> items, int page, int size, long total) {
    }
}
