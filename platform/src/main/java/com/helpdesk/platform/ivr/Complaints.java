package com.helpdesk.platform.ivr;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.telephony.ivr.ComplaintReceipt;
import com.helpdesk.telephony.ivr.ComplaintReport;
import com.helpdesk.telephony.ivr.Promise;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ClockKind;
import com.helpdesk.tenantadmin.terms.Target;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * Complaints on the supervision line (监督电话). Each has its own reply target from the terms
 * ({@code complaintReply}: 10 minutes, 2 hours or 12 hours depending on the vendor), due on that
 * target's clock from the moment the complaint was filed.
 */
@Component
class Complaints {

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final TenantStore tenants;
    private final IvrTerms terms;
    private final Clock clock;

    Complaints(JdbcClient jdbc, TenantTransactions transactions, TenantStore tenants, IvrTerms terms, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tenants = tenants;
        this.terms = terms;
        this.clock = clock;
    }

    ComplaintReceipt file(ComplaintReport report) {
        TenantId tenantId = new TenantId(report.tenant());
        TenantProfile tenant = tenants.find(tenantId).orElseThrow();
        Instant now = clock.instant();
        Optional<TermsClock> termsClock = terms.current(tenantId);
        Target target = termsClock.map(c -> c.terms().complaintReply()).orElse(null);
        Instant due = target == null ? null : termsClock.get().due(target, now);
        UUID id = UUID.randomUUID();
        long number = transactions.call(tenantId, () -> {
            long next = jdbc.sql("select nextval('complaint_numbers')").query(Long.class).single();
            jdbc.sql("""
                    insert into complaints (tenant_id, id, number, channel, linked_id, caller_phone, customer_id,
                                            recording_ref, recording_ms, language, terms_version, reply_within_ms,
                                            reply_clock, reply_due_at, created_at)
                    values (:tenant, :id, :number, 'ivr', :linkedId, :phone, :customer, :recording, :recordingMs,
                            :language, :termsVersion, :withinMs, :replyClock, :due, :now)""")
                .param("tenant", tenantId.value())
                .param("id", id)
                .param("number", next)
                .param("linkedId", report.linkedId())
                .param("phone", callerPhone(tenant, report))
                .param("customer", report.customerId())
                .param("recording", report.statement().storageRef())
                .param("recordingMs", report.statement().length().toMillis())
                .param("language", report.language())
                .param("termsVersion", termsClock.map(c -> c.terms().version()).orElse(null))
                .param("withinMs", target == null ? null : target.within().toMillis())
                .param("replyClock", target == null ? null
                        : target.clock() == ClockKind.BUSINESS ? "business" : "around-the-clock")
                .param("due", SqlTimes.utc(due))
                .param("now", SqlTimes.utc(now))
                .update();
            return next;
        });
        return new ComplaintReceipt(id, number, reply(target, due, now, tenant, report.language()));
    }

    private Promise reply(Target target, Instant due, Instant now, TenantProfile tenant, String language) {
        if (target == null) {
            return PromiseWords.asSoonAsPossible(PromiseWords.Kind.COMPLAINT_REPLY, language);
        }
        return PromiseWords.of(PromiseWords.Kind.COMPLAINT_REPLY, target.within(), target.clock() == ClockKind.BUSINESS,
                terms.inServiceHours(tenant.id(), now), due, tenant.timeZone(), language);
    }

    private static String callerPhone(TenantProfile tenant, ComplaintReport report) {
        if (report.keyedNumber() != null) {
            return report.keyedNumber();
        }
        return report.callerId() == null ? null
                : PhoneNumbers.of(tenant).toE164(report.callerId(), Violations.collect()).orElse(null);
    }
}
