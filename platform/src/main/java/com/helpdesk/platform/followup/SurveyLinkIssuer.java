package com.helpdesk.platform.followup;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.notification.MailAddresses;
import com.helpdesk.platform.notification.MailKind;
import com.helpdesk.platform.notification.Mailbox;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;

/**
 * Gives the clerk the web link to a visit's survey, and mails it when asked, in the same
 * transaction (the mail leaves after it commits). The same invitation always yields the same
 * link, so sending it again (another e-mail, a text message) does not open a second survey.
 */
@Component
class SurveyLinkIssuer {

    private final TenantTransactions transactions;
    private final SurveyInvitationRepository invitations;
    private final SurveyLinks links;
    private final FollowUpSettings settings;
    private final Surveys surveys;
    private final ReturnVisitRepository visits;
    private final Mailbox mailbox;

    SurveyLinkIssuer(TenantTransactions transactions, SurveyInvitationRepository invitations, SurveyLinks links,
            FollowUpSettings settings, Surveys surveys, ReturnVisitRepository visits, Mailbox mailbox) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.links = links;
        this.settings = settings;
        this.surveys = surveys;
        this.visits = visits;
        this.mailbox = mailbox;
    }

    IssuedLink issue(TenantProfile tenantProfile, TenantId tenant, UUID visit, LinkRequest request) {
        Instant now = surveys.now();
        Violations violations = Violations.collect();
        String email = request.email() == null || request.email().isBlank() ? null
                : MailAddresses.check(request.email(), "email", violations);
        if (request.language() != null && !request.language().equals("zh") && !request.language().equals("en")) {
            violations.add("language", "must be zh or en");
        }
        violations.throwIfAny();
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
            boolean mailed = email != null && mail(tenantProfile, visit, email, request.language(), url(token),
                    survey.expiresAt());
            return new IssuedLink(url(token), token, survey.expiresAt(), mailed);
        });
    }

    private boolean mail(TenantProfile tenant, UUID visitId, String email, String language, String url,
            Instant expiresAt) {
        ReturnVisit visit = visits.find(tenant.id(), visitId).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("vendor", tenant.name());
        values.put("ticketNumber", Long.toString(visit.ticketNumber()));
        values.put("customer", visit.callerName().isBlank() ? "customer" : visit.callerName());
        values.put("link", url);
        values.put("expiresAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(expiresAt.atZone(tenant.timeZone()))
                + " (" + tenant.timeZone() + ")");
        return mailbox.send(tenant.id(), MailKind.SURVEY_LINK, language != null ? language : tenant.locale(), email,
                values);
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

    /** @param mailed whether a mail with the link was queued (false when none was asked or mail is off) */
    record IssuedLink(String url, String token, Instant expiresAt, boolean mailed) {
    }
}
