package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Wakes the escalation scheduler for a ticket when its next clock warns or breaches. Called inside
 * the transaction that changed the clocks, so an alarm is armed exactly when the change commits.
 */
public interface SlaAlarms {

    /** Sets the ticket's next alarm to {@code next}, or removes it when nothing is left to watch. */
    void arm(TenantId tenant, UUID ticket, Optional<Instant> next);
}
