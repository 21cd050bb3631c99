package com.helpdesk.platform.followup;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * Gives the clerk the web link to a visit's survey. The same invitation always yields the same
 * link, so sending it again (another e-mail, a text message) does not open a second survey.
 */
@Component
class SurveyLinkIssuer {

    private final TenantTransactions transactions;
    private final SurveyInvitationRepository invitations;
    private final SurveyLinks links;
    private final FollowUpSettings settings;
    private final Surveys surveys;

    SurveyLinkIssuer(TenantTransactions transactions, SurveyInvitationRepository invitations, SurveyLinks links,
            FollowUpSettings settings, Surveys surveys) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.links = links;
        this.settings = settings;
        this.surveys = surveys;
    }

    IssuedLink issue(TenantProfile tenantProfile, TenantId tenant, UUID visit, LinkRequest request) {
        Instant now = surveys.now();
        return transactions.call(tenant, () -> {
            SurveyInvitation survey = invitations.ofVisit(tenant, visit, false)
                .orElseThrow(() -> new NotFoundException("Return visit", visit));
            if (!survey.open()) {
                throw new ConflictException("The customer has already answered this survey.");
            }
            if (!now.isBefore(survey.expiresAt())) {
                throw new ConflictException("The time to collect this survey has passed (" + survey.expiresAt() + ").");
            }
            String token = links.tokenFor(survey.id());
            return new IssuedLink(url(token), token, survey.expiresAt());
        });
    }

    String url(String token) {
        String base = settings.publicBaseUrl().endsWith("/") ? settings.publicBaseUrl()
                : settings.publicBaseUrl() + "/";
        // In the fragment: the browser never sends it, so the token stays out of access logs and referrers.
        return base + "survey.html#" + token;
    }

    /**
     * @param email    where to send the link, if it is to be mailed
     * @param language {@code zh} or {@code en} for the mail; the vendor's language by default
     */
    record LinkRequest(String email, String language) {
    }

    record IssuedLink(String url, String token, Instant expiresAt) {
    }
}
