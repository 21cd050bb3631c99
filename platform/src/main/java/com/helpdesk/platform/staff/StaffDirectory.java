package com.helpdesk.platform.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.security.Role;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Who works for a tenant, for other features that name staff (a ticket's assignee). Staff are
 * known from their first sign-in, when the platform records them.
 */
@Component
public class StaffDirectory {

    private final StaffRepository staff;

    StaffDirectory(StaffRepository staff) {
        this.staff = staff;
    }

    public boolean isStaff(TenantId tenant, UUID userId) {
        return staff.find(tenant, userId).isPresent();
    }

    /** The member whose phone is this extension in the tenant: whose browser a ringing phone pops on. */
    public Optional<Agent> agentAt(TenantId tenant, String extension) {
        return staff.byExtension(tenant, extension).map(c -> new Agent(c.id(), c.username(),
                c.displayName() == null || c.displayName().isBlank() ? c.username() : c.displayName(), extension));
    }

    /**
     * The members who take calls: agents, and anyone else with a desk phone, by username. An
     * agent without an extension is listed with none.
     */
    public List<Agent> callTakers(TenantId tenant) {
        return staff.list(tenant).stream()
            .filter(c -> c.extension() != null || c.roles().contains(Role.AGENT.claimValue()))
            .map(c -> new Agent(c.id(), c.username(),
                    c.displayName() == null || c.displayName().isBlank() ? c.username() : c.displayName(),
                    c.extension()))
            .toList();
    }

    /** The extension the member's phone has, if any. */
    public Optional<String> extensionOf(TenantId tenant, UUID userId) {
        return staff.find(tenant, userId).map(Colleague::extension);
    }

    /** The members who hold the role, e.g. the supervisors told of an escalated complaint. */
    public List<UUID> holdersOf(TenantId tenant, Role role) {
        return staff.list(tenant).stream().filter(c -> c.roles().contains(role.claimValue())).map(Colleague::id)
            .toList();
    }

    public record Agent(UUID userId, String username, String name, String extension) {
    }
}
