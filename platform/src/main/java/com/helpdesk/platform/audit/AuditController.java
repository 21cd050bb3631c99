package com.helpdesk.platform.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;

/** Supervisors and the vendor's admins read their tenant's audit log. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit-log")
    @PreAuthorize("hasAnyRole('supervisor', 'tenant-admin')")
    List<AuditEntry> recent(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) @Positive Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return audit.recent(member.tenantId(), before, limit);
    }
}
