package com.helpdesk.platform.ticket;

import java.util.Objects;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * A clock warned, breached or escalated a ticket: what the desk's browsers are told, for the
 * features that tell people elsewhere (e-mail). Published in the transaction that fired the alarm,
 * through the event publication registry, so a rolled-back firing tells nobody and a committed one
 * reaches its listeners even across a restart.
 *
 * @param assigneeId the ticket's assignee, or null
 */
public record SlaAlertRaised(TenantId tenantId, UUID assigneeId, SlaAlert alert) {

    public SlaAlertRaised {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(alert, "alert");
    }
}
