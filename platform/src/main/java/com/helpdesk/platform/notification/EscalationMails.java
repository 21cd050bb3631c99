package com.helpdesk.platform.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.dispatch.DispatchOffered;
import com.helpdesk.platform.ticket.SlaAlert;
import com.helpdesk.platform.ticket.SlaAlertRaised;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;

/**
 * Mails the alarms of the escalation scheduler to the assignee and the supervisors, and dispatch
 * offers to the partner, in the vendor's language. The events arrive through the event publication
 * registry after their transaction committed; queuing the mail is one insert in the outbox.
 */
@Component
class EscalationMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Mailbox mailbox;
    private final MailRecipients recipients;
    private final TenantStore tenants;

    EscalationMails(Mailbox mailbox, MailRecipients recipients, TenantStore tenants) {
        this.mailbox = mailbox;
        this.recipients = recipients;
        this.tenants = tenants;
    }

    @ApplicationModuleListener
    void on(SlaAlertRaised raised) {
        TenantProfile tenant = tenants.find(raised.tenantId()).orElse(null);
        if (tenant == null) {
            return;
        }
        String language = Mailbox.language(tenant.locale());
        SlaAlert alert = raised.alert();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("vendor", tenant.name());
        values.put("ticketNumber", Long.toString(alert.number()));
        values.put("clock", alert.clockKind() + (alert.clockName().isEmpty() ? "" : " " + alert.clockName()));
        values.put("alertText", alertText(alert.kind(), language));
        values.put("dueAt", WHEN.format(alert.dueAt().atZone(tenant.timeZone())) + " (" + tenant.timeZone() + ")");
        values.put("tier", alert.tier().isEmpty() ? "-" : alert.tier());
        for (String to : recipients.ofEscalation(tenant.id(), raised.assigneeId())) {
            mailbox.send(tenant.id(), MailKind.ESCALATION, language, to, values);
        }
    }

    @ApplicationModuleListener
    void on(DispatchOffered offered) {
        TenantId tenantId = offered.tenantId();
        TenantProfile tenant = tenants.find(tenantId).orElse(null);
        if (tenant == null) {
            return;
        }
        recipients.ofPartner(tenantId, offered.partnerId()).ifPresent(to -> {
            ZoneId zone = tenant.timeZone();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("vendor", tenant.name());
            values.put("partner", offered.partnerName());
            values.put("ticketNumber", Long.toString(offered.ticketNumber()));
            values.put("problem", offered.problem());
            values.put("acceptDueAt", WHEN.format(offered.acceptDueAt().atZone(zone)) + " (" + zone + ")");
            mailbox.send(tenantId, MailKind.DISPATCH_OFFER, tenant.locale(), to, values);
        });
    }

    private static String alertText(String kind, String language) {
        boolean zh = language.equals("zh");
        return switch (kind) {
            case "warning" -> zh ? "即将超时" : "is about to be broken";
            case "breach" -> zh ? "已超时" : "was broken";
            default -> zh ? "已升级" : "was escalated";
        };
    }
}
