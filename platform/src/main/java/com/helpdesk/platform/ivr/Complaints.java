package com.helpdesk.platform.ivr;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.complaint.ComplaintCases;
import com.helpdesk.platform.complaint.NewComplaint;
import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.telephony.ivr.ComplaintReceipt;
import com.helpdesk.telephony.ivr.ComplaintReport;
import com.helpdesk.telephony.ivr.Promise;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ClockKind;

/**
 * Complaints on the supervision line (监督电话) taken by the IVR: filed as complaint cases, whose
 * reply target comes from the terms ({@code complaintReply}: 10 minutes, 2 hours or 12 hours
 * depending on the vendor) and whose escalation chain then runs like any other complaint's. The
 * caller hears when the reply is due.
 */
@Component
class Complaints {

    private final ComplaintCases cases;
    private final TenantStore tenants;
    private final IvrTerms terms;
    private final Clock clock;

    Complaints(ComplaintCases cases, TenantStore tenants, IvrTerms terms, Clock clock) {
        this.cases = cases;
        this.tenants = tenants;
        this.terms = terms;
        this.clock = clock;
    }

    ComplaintReceipt file(ComplaintReport report) {
        TenantId tenantId = new TenantId(report.tenant());
        TenantProfile tenant = tenants.find(tenantId).orElseThrow();
        boolean zh = !"en".equals(report.language());
        ComplaintCases.Filed filed = cases.file(tenantId, new NewComplaint("ivr", zh ? "电话投诉（录音）"
                : "Complaint by phone (recorded)", "", "", callerPhone(tenant, report), report.customerId(), null,
                report.linkedId(), report.statement().storageRef(), report.statement().length().toMillis(),
                report.language(), List.of(), List.of()), Actor.IVR);
        return new ComplaintReceipt(filed.id(), filed.number(), reply(filed, tenant, report.language()));
    }

    private Promise reply(ComplaintCases.Filed filed, TenantProfile tenant, String language) {
        if (filed.target() == null) {
            return PromiseWords.asSoonAsPossible(PromiseWords.Kind.COMPLAINT_REPLY, language);
        }
        return PromiseWords.of(PromiseWords.Kind.COMPLAINT_REPLY, filed.target().within(),
                filed.target().clock() == ClockKind.BUSINESS, terms.inServiceHours(tenant.id(), filed.filedAt()),
                filed.dueAt(), tenant.timeZone(), language);
    }

    private static String callerPhone(TenantProfile tenant, ComplaintReport report) {
        if (report.keyedNumber() != null) {
            return report.keyedNumber();
        }
        return report.callerId() == null ? null
                : PhoneNumbers.of(tenant).toE164(report.callerId(), Violations.collect()).orElse(null);
    }
}
