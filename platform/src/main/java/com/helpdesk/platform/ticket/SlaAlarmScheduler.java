package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    SlaAlarmScheduler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement. An alarm that a node is firing right now keeps its picked state: the firing
     * waits for this transaction's ticket lock and then settles the row from the clocks as they are.
     */
    @Override
    public void arm(TenantId tenant, UUID ticket, Optional<Instant> next) {
        String id = new SlaAlarmKey(tenant, ticket).id();
        if (next.isPresent()) {
            jdbc.sql("""
                    insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                    values (:task, :id, :at, false, 1)
                    on conflict (task_name, task_instance) do update set execution_time = excluded.execution_time
                     where scheduled_tasks.execution_time <> excluded.execution_time""")
                .param("task", TASK)
                .param("id", id)
                .param("at", utc(next.get()))
                .update();
        }
        else {
            jdbc.sql("delete from scheduled_tasks where task_name = :task and task_instance = :id and not picked")
                .param("task", TASK)
                .param("id", id)
                .update();
        }
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
        if (next.isEmpty()) {
            return jdbc.sql("""
                    delete from scheduled_tasks
                     where task_name = :task and task_instance = :id and version = :version""")
                .param("task", TASK)
                .param("id", key.id())
                .param("version", pickedVersion)
                .update() == 1;
        }
        return jdbc.sql("""
                update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null, last_success = :now,
                                           consecutive_failures = 0, execution_time = :next, version = version + 1
                 where task_name = :task and task_instance = :id and version = :version""")
            .param("task", TASK)
            .param("id", key.id())
            .param("version", pickedVersion)
            .param("now", utc(now))
            .param("next", utc(next.get()))
            .update() == 1;
    }
}
