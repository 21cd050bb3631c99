package com.helpdesk.platform.followup;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The vendor's satisfaction questions and pass score. Surveys already sent keep the questions they
 * were sent with; a new form applies to the next return visits.
 */
@RestController
@RequestMapping("/api/admin/survey-form")
class SurveyFormController {

    private final SurveyForms forms;
    private final AuditLog audit;
    private final Clock clock;

    SurveyFormController(SurveyForms forms, AuditLog audit, Clock clock) {
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('tenant-admin')")
    SurveyForms.Stored read(@AuthenticationPrincipal StaffMember member) {
        return forms.of(member.tenantId());
    }

    @PutMapping
    @PreAuthorize("hasRole('tenant-admin')")
    SurveyForms.Stored replace(@AuthenticationPrincipal StaffMember member, @RequestBody SurveyForm body) {
        TenantId tenant = member.tenantId();
        SurveyForms.Stored saved = forms.replace(tenant, body, member.username(), clock.instant());
        audit.record(tenant, member, "survey-form.replaced", "survey-form", Integer.toString(saved.version()));
        return saved;
    }
}
