package com.helpdesk.platform.followup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.GoneException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.platform.web.ProblemTypes;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;

/**
 * The survey behind a public link, for a customer without an account. The link's token is the
 * only credential: a forged or altered one finds nothing (404, the same as an unknown id), an
 * expired or used one is refused (410). What it shows is the vendor's name and the questions,
 * nothing of the ticket or the customer.
 */
@Service
class PublicSurveys {

    private final SurveyLinks links;
    private final SurveyInvitationRepository invitations;
    private final Surveys surveys;
    private final TenantTransactions transactions;
    private final TenantStore tenants;

    PublicSurveys(SurveyLinks links, SurveyInvitationRepository invitations, Surveys surveys,
            TenantTransactions transactions, TenantStore tenants) {
        this.links = links;
        this.invitations = invitations;
        this.surveys = surveys;
        this.transactions = transactions;
        this.tenants = tenants;
    }

    PublicSurvey open(String token) {
        Instant now = surveys.now();
        Found found = find(token);
        return transactions.call(found.tenant().id(), () -> {
            SurveyInvitation survey = usable(found, now);
            return new PublicSurvey(found.tenant().name(), found.tenant().locale(), survey.form().questions().stream()
                .map(q -> new PublicQuestion(q.key(), q.kind().value(), q.kind().min(), q.kind().max(), q.text()))
                .toList(), survey.expiresAt());
        });
    }

    /** Stores the answers and spends the link, in one transaction: a refused answer leaves the link usable. */
    void answer(String token, List<SurveyForm.Answer> answers) {
        Instant now = surveys.now();
        Found found = find(token);
        transactions.run(found.tenant().id(), () -> {
            SurveyInvitation survey = usable(found, now);
            surveys.store(found.tenant().id(), survey, answers, true, "web", now);
            if (!invitations.useLink(survey.id(), now)) {
                throw used();
            }
        });
    }

    private Found find(String token) {
        UUID id = links.verify(token).orElseThrow(PublicSurveys::unknown);
        SurveyInvitationRepository.Link link = invitations.link(id).orElseThrow(PublicSurveys::unknown);
        TenantProfile tenant = tenants.find(link.tenant()).filter(TenantProfile::active)
            .orElseThrow(PublicSurveys::unknown);
        return new Found(id, link, tenant);
    }

    private SurveyInvitation usable(Found found, Instant now) {
        // Locked: two submissions of one link queue up, and the second finds it answered.
        SurveyInvitation survey = invitations.lock(found.tenant().id(), found.id())
            .orElseThrow(PublicSurveys::unknown);
        if (found.link().usedAt() != null || !survey.open()) {
            throw used();
        }
        if (!now.isBefore(survey.expiresAt())) {
            throw new GoneException(ProblemTypes.LINK_EXPIRED, "This survey link has expired.");
        }
        return survey;
    }

    private static NotFoundException unknown() {
        return new NotFoundException("Survey", "link");
    }

    private static GoneException used() {
        return new GoneException(ProblemTypes.LINK_USED, "This survey has already been answered.");
    }

    private record Found(UUID id, SurveyInvitationRepository.Link link, TenantProfile tenant) {
    }

    /** @param vendor the vendor's display name; {@code locale} its language, e.g. zh-CN */
    record PublicSurvey(String vendor, String locale, List<PublicQuestion> questions, Instant expiresAt) {
    }

    /** @param min,max the scale's ends; both 0 for a text question */
    record PublicQuestion(String key, String kind, int min, int max, Map<String, String> text) {
    }
}
