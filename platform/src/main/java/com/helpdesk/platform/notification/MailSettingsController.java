package com.helpdesk.platform.notification;

import java.time.Clock;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * The vendor's mail settings: its own templates per kind and language (the built-in ones until it
 * saves its own), and where each service partner receives dispatch offers.
 */
@RestController
@RequestMapping("/api/admin/mail")
class MailSettingsController {

    private final MailTemplates templates;
    private final MailRecipients recipients;
    private final AuditLog audit;
    private final Clock clock;

    MailSettingsController(MailTemplates templates, MailRecipients recipients, AuditLog audit, Clock clock) {
        this.templates = templates;
        this.recipients = recipients;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/templates/{kind}/{language}")
    @PreAuthorize("hasRole('tenant-admin')")
    TemplateView template(@AuthenticationPrincipal StaffMember member, @PathVariable String kind,
            @PathVariable String language) {
        TenantId tenant = member.tenantId();
        MailKind k = kind(kind, language);
        return templates.own(tenant, k, language).map(t -> new TemplateView(t.subject(), t.body(), true))
            .orElseGet(() -> {
                MailTemplates.Template t = templates.of(tenant, k, language);
                return new TemplateView(t.subject(), t.body(), false);
            });
    }

    @PutMapping("/templates/{kind}/{language}")
    @PreAuthorize("hasRole('tenant-admin')")
    TemplateView replace(@AuthenticationPrincipal StaffMember member, @PathVariable String kind,
            @PathVariable String language, @RequestBody TemplateBody body) {
        TenantId tenant = member.tenantId();
        MailKind k = kind(kind, language);
        Violations violations = Violations.collect();
        if (body.subject() == null || body.subject().isBlank() || body.subject().length() > 300
                || body.subject().contains("\n")) {
            violations.add("subject", "must be one line of 1 to 300 characters");
        }
        if (body.body() == null || body.body().isBlank() || body.body().length() > 20_000) {
            violations.add("body", "must be 1 to 20,000 characters");
        }
        violations.throwIfAny();
        templates.replace(tenant, k, language, new MailTemplates.Template(body.subject().strip(), body.body()),
                clock.instant());
        audit.record(tenant, member, "mail-template.replaced", "mail-template", k.value() + "." + language);
        return new TemplateView(body.subject().strip(), body.body(), true);
    }

    @PutMapping("/partners/{id}")
    @PreAuthorize("hasRole('tenant-admin')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void partnerAddress(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody PartnerAddress body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        String address = body.address() == null || body.address().isBlank() ? null
                : MailAddresses.check(body.address(), "address", violations);
        violations.throwIfAny();
        if (!recipients.setPartnerAddress(tenant, id, address)) {
            throw new NotFoundException("Partner", id);
        }
        audit.record(tenant, member, "partner.mail-address", "partner", id.toString());
    }

    private static MailKind kind(String kind, String language) {
        Violations violations = Violations.collect();
        MailKind k = MailKind.of(kind).orElse(null);
        if (k == null) {
            violations.add("kind", "must be escalation, dispatch-offer or survey-link");
        }
        if (!MailTemplates.LANGUAGES.contains(language)) {
            violations.add("language", "must be zh or en");
        }
        violations.throwIfAny();
        return k;
    }

    record TemplateBody(String subject, String body) {
    }

    /** @param custom false while the built-in template serves */
    record TemplateView(String subject, String body, boolean custom) {
    }

    /** @param address where offers go; empty to stop mailing them */
    record PartnerAddress(String address) {
    }
}
