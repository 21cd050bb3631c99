package com.helpdesk.platform.staff;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.Role;
import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/** Who am I, and who are my colleagues: the tenant's staff directory. */
@RestController
@RequestMapping("/api")
class StaffController {

    private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,10}");

    private final StaffRepository staff;
    private final AuditLog audit;

    StaffController(StaffRepository staff, AuditLog audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal StaffMember member) {
        var tenant = member.tenant();
        return new Me(member.userId(), member.username(), member.displayName(), member.email(),
                member.roles().stream().map(Role::claimValue).sorted().toList(),
                tenant == null ? null : new Me.TenantView(tenant.slug(), tenant.name(), tenant.timeZone().getId(),
                        tenant.locale()));
    }

    @GetMapping("/staff")
    List<Colleague> colleagues(@AuthenticationPrincipal StaffMember member) {
        return staff.list(member.tenantId());
    }

    @GetMapping("/staff/{id}")
    Colleague colleague(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return staff.find(member.tenantId(), id).orElseThrow(() -> new NotFoundException("Staff member", id));
    }

    /**
     * Ties a member to the extension of their desk phone, so a ringing phone pops the caller's
     * archive in their browser. Supervisors and vendor admins keep this.
     */
    @PutMapping("/staff/{id}/extension")
    Colleague setExtension(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody ExtensionChange body) {
        TenantId tenant = member.tenantId();
        if (!member.has(Role.SUPERVISOR) && !member.has(Role.TENANT_ADMIN)) {
            throw new AccessDeniedException("Only supervisors and vendor admins assign extensions.");
        }
        String extension = body.extension() == null || body.extension().isBlank() ? null : body.extension().strip();
        if (extension != null && !EXTENSION.matcher(extension).matches()) {
            Violations violations = Violations.collect();
            violations.add("extension", "must be 2 to 10 digits");
            violations.throwIfAny();
        }
        if (!staff.setExtension(tenant, id, extension)) {
            throw new NotFoundException("Staff member", id);
        }
        audit.record(tenant, member, extension == null ? "staff.extension-removed" : "staff.extension-assigned",
                "staff", id.toString());
        return colleague(member, id);
    }

    record ExtensionChange(String extension) {
    }

    record Me(UUID id, String username, String displayName, String email, List<String> roles, TenantView tenant) {

        record TenantView(String slug, String name, String timeZone, String locale) {
        }
    }
}
