package com.helpdesk.platform.ticket;

import java.util.Objects;
import java.util.UUID;

import com.helpdesk.platform.security.StaffMember;

/**
 * Who changed a ticket, as the history shows it: a staff member, a partner's engineer, the IVR
 * or the escalation scheduler. {@code id} is null for the platform's own processes.
 */
public record Actor(UUID id, String name) {

    public static final Actor SCHEDULER = new Actor(null, "escalation scheduler");
    public static final Actor IVR = new Actor(null, "IVR");

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor of(StaffMember member) {
        return new Actor(member.userId(), member.displayName() == null || member.displayName().isBlank()
                ? member.username() : member.displayName());
    }
}
