package com.helpdesk.platform.staff;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.Role;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;

/** Who am I, and who are my colleagues: the tenant's staff directory. */
@RestController
@RequestMapping("/api")
class StaffController {

    private final StaffRepository staff;

    StaffController(StaffRepository staff) {
        this.staff = staff;
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

    record Me(UUID id, String username, String displayName, String email, List<String> roles, TenantView tenant) {

        record TenantView(String slug, String name, String timeZone, String locale) {
        }
    }
}
