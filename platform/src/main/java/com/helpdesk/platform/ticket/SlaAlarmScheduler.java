package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;

/**
 * The tickets' alarms in db-scheduler's table: one row per ticket (task {@value #TASK}, instance
 * {@link SlaAlarmKey}), due when the ticket's next clock warns or breaches.
 *
 * <p>Rows are written with plain SQL in the caller's transaction rather than through db-scheduler's
 * client: the client refuses to touch an alarm that a node is firing at that moment, which would
 * fail an agent's unrelated change to the ticket, and its schedule-or-reschedule takes three or four
 * statements where opening a ticket at 1,500/s can afford one. The columns written are the ones
 * db-scheduler's own insert and reschedule write (the table is in V5).
 */
@Component
class SlaAlarmScheduler implements SlaAlarms {

    static final String TASK = "sla-alarm";

    private final AlarmQueue queue;

    SlaAlarmScheduler(AlarmQueue queue) {
        this.queue = queue;
    }

    /**
     * One statement. An alarm that a node is firing right now keeps its picked state: the firing
     * waits for this transaction's ticket lock and then settles the row from the clocks as they are.
     */
    @Override
    public void arm(TenantId tenant, UUID ticket, Optional<Instant> next) {
        queue.arm(TASK, new SlaAlarmKey(tenant, ticket).id(), next);
    }

    /**
     * Puts a fired alarm back in the queue at {@code next}, or removes it when nothing is left to
     * watch: what db-scheduler's completion handler does, but in the ticket's transaction, so no
     * change to the ticket can slip in between computing {@code next} and storing it.
     *
     * @param pickedVersion the row's version when this node picked it
     * @return false if the row moved on meanwhile: another node found this firing dead and took it
     *         over, and settles the row itself
     */
    boolean settle(SlaAlarmKey key, long pickedVersion, Optional<Instant> next, Instant now) {
        return queue.settle(TASK, key.id(), pickedVersion, next, now);
    }
}
