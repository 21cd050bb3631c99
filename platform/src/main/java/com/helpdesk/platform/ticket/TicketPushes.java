package com.helpdesk.platform.ticket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Tells agents' browsers about ticket changes once they committed: called inside a transaction,
 * the push waits for the commit (and is dropped on rollback), so no browser ever shows a change
 * that did not happen. A push that cannot be sent is logged and dropped: the change itself
 * stands, and the next list refresh shows it.
 */
@Component
class TicketPushes {

    static final String TOPIC = "tickets";
    private static final Logger log = LoggerFactory.getLogger(TicketPushes.class);

    private final RealtimePushes pushes;

    TicketPushes(RealtimePushes pushes) {
        this.pushes = pushes;
    }

    void changed(TenantId tenant, TicketChange change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(tenant, change);
                }
            });
        }
        else {
            send(tenant, change);
        }
    }

    private void send(TenantId tenant, TicketChange change) {
        try {
            pushes.toTenant(tenant, TOPIC, change);
            if (change.assigneeId() != null) {
                pushes.toStaff(tenant, change.assigneeId(), TOPIC, change);
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not push {} of ticket {}: {}", change.change(), change.number(), e.getMessage());
        }
    }
}
