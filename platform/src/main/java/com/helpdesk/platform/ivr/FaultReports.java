package com.helpdesk.platform.ivr;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.ticket.AttachmentDraft;
import com.helpdesk.platform.ticket.TicketDetail;
import com.helpdesk.platform.ticket.TicketIntake;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.telephony.ivr.FaultReceipt;
import com.helpdesk.telephony.ivr.FaultReport;
import com.helpdesk.telephony.ivr.Promise;
import com.helpdesk.telephony.ivr.Recording;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.SeverityLevel;

/**
 * Turns a complete IVR fault report into a ticket (channel {@code ivr}, opened by the IVR), with
 * the caller's recorded description attached and what the caller was promised as a note, all in
 * one transaction: the IVR calls this only after the caller confirmed, and either all of it is
 * stored or nothing is.
 */
@Component
class FaultReports {

    static final String RECORDING_TYPE = "audio/wav";
    /** Asterisk's wav: 8 kHz 16-bit mono, 16 bytes a millisecond after a 44-byte header. */
    private static final int WAV_BYTES_PER_MILLI = 16;
    private static final int WAV_HEADER = 44;

    private final Tickets tickets;
    private final TenantStore tenants;
    private final IvrTerms terms;
    private final TenantTransactions transactions;

    FaultReports(Tickets tickets, TenantStore tenants, IvrTerms terms, TenantTransactions transactions) {
        this.tickets = tickets;
        this.tenants = tenants;
        this.terms = terms;
        this.transactions = transactions;
    }

    FaultReceipt open(FaultReport report) {
        TenantId tenantId = new TenantId(report.tenant());
        TenantProfile tenant = tenants.find(tenantId).orElseThrow();
        ServiceTerms current = terms.current(tenantId).orElseThrow(() -> new IllegalStateException(
                "tenant " + tenantId + " has published no terms: the IVR cannot open a ticket")).terms();
        int severity = withinLevels(report.severity(), current);
        TicketIntake intake = new TicketIntake("ivr", severity, report.customerId(), report.deviceId(),
                new TicketIntake.Caller("", callbackNumber(tenant, report)), null, null, report.productLine(), null,
                null, problem(report), null);
        return transactions.call(tenantId, () -> {
            TicketDetail detail = tickets.open(tenant, intake, Actor.IVR);
            UUID ticket = detail.ticket().id();
            Recording description = report.description();
            tickets.attach(tenantId, ticket, AttachmentDraft.pbxRecording(description.fileName(), RECORDING_TYPE,
                    WAV_HEADER + description.length().toMillis() * WAV_BYTES_PER_MILLI, description.storageRef()),
                    Actor.IVR);
            Promise promise = promise(detail, tenant, report.language());
            // What the caller was told is what the agent who calls back must keep to.
            tickets.addNote(tenantId, ticket, false, "IVR: " + promise.words(), Actor.IVR);
            return new FaultReceipt(ticket, detail.ticket().number(), severity, promise);
        });
    }

    /** The caller's answers may name a level the tenant does not have (3 levels, not 4): the least severe then. */
    static int withinLevels(int severity, ServiceTerms terms) {
        return terms.levels().stream().anyMatch(l -> l.code() == severity) ? severity
                : terms.levels().stream().mapToInt(SeverityLevel::code).max().orElse(severity);
    }

    /** The number to call back: the one keyed in, else Caller ID if it is a number; else the customer's own. */
    private static String callbackNumber(TenantProfile tenant, FaultReport report) {
        if (report.keyedNumber() != null) {
            return report.keyedNumber();
        }
        return report.callerId() == null ? null
                : PhoneNumbers.of(tenant).toE164(report.callerId(), Violations.collect()).orElse(null);
    }

    private static String problem(FaultReport report) {
        long seconds = report.description().length().toSeconds();
        String line = report.productLine() == null ? "" : "（" + report.productLine() + "）";
        return "电话语音报修" + line + "：故障描述见录音（" + seconds + "秒）。IVR fault report"
                + (report.productLine() == null ? "" : " (" + report.productLine() + ")")
                + ": the caller's description is in the recording (" + seconds + " s).";
    }

    /** The first response promised, read from the ticket's own clock, so words and clock agree. */
    private Promise promise(TicketDetail detail, TenantProfile tenant, String language) {
        return detail.clocks().stream()
            .filter(c -> c.kind().equals("first-response") && c.supersededAt() == null)
            .findFirst()
            .map(c -> PromiseWords.of(PromiseWords.Kind.CALLBACK, c.within(), c.clock().equals("business"),
                    terms.inServiceHours(tenant.id(), c.startedAt()), c.dueAt(), tenant.timeZone(), language))
            .orElseGet(() -> PromiseWords.asSoonAsPossible(PromiseWords.Kind.CALLBACK, language));
    }
}
