package com.helpdesk.platform.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.telephony.ivr.SurveyCall;
import com.helpdesk.telephony.ivr.SurveyResult;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The satisfaction survey over the IVR: which survey a call answers, and its answers. Only open
 * (not yet answered, not expired) surveys are asked; an incomplete one may be taken up again.
 */
@Service
public class PhoneSurveys {

    private static final Logger log = LoggerFactory.getLogger(PhoneSurveys.class);

    private final TenantTransactions transactions;
    private final SurveyInvitationRepository invitations;
    private final Surveys surveys;
    private final Tickets tickets;

    PhoneSurveys(TenantTransactions transactions, SurveyInvitationRepository invitations, Surveys surveys,
            Tickets tickets) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.surveys = surveys;
        this.tickets = tickets;
    }

    public Optional<SurveyCall> ofVisit(TenantId tenant, UUID visit, String language) {
        Instant now = surveys.now();
        return transactions.call(tenant, () -> invitations.ofVisit(tenant, visit, false))
            .filter(s -> s.open() && now.isBefore(s.expiresAt()))
            .map(s -> call(s, language));
    }

    public Optional<SurveyCall> ofTicket(TenantId tenant, long number, String language) {
        Instant now = surveys.now();
        return tickets.byNumber(tenant, number)
            .flatMap(t -> transactions.call(tenant, () -> invitations.latestOfTicket(tenant, t.id())))
            .filter(s -> s.open() && now.isBefore(s.expiresAt()))
            .map(s -> call(s, language));
    }

    public void answered(SurveyResult result) {
        TenantId tenant = new TenantId(result.tenant());
        Instant now = surveys.now();
        transactions.run(tenant, () -> {
            SurveyInvitation survey = invitations.lock(tenant, result.invitationId()).orElse(null);
            if (survey == null || !survey.open()) {
                log.info("Survey {} answered on call {} is gone or already answered", result.invitationId(),
                        result.linkedId());
                return;
            }
            List<SurveyForm.Answer> answers = result.answers().entrySet().stream()
                .map(e -> new SurveyForm.Answer(e.getKey(), e.getValue(), null)).toList();
            try {
                surveys.store(tenant, survey, answers, false, "ivr", now);
            }
            catch (InvalidInputException e) {
                log.warn("Survey answers of call {} refused: {}", result.linkedId(), e.getMessage());
            }
        });
    }

    private static SurveyCall call(SurveyInvitation s, String language) {
        return new SurveyCall(s.id(), s.form().questions().stream()
            .filter(q -> q.kind().scored())
            .map(q -> new SurveyCall.Question(q.key(), q.kind().min(), q.kind().max(),
                    q.text().getOrDefault(language, q.text().values().stream().findFirst().orElse(""))))
            .toList());
    }
}
