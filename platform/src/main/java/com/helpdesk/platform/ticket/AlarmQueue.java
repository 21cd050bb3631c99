package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-row-per-subject alarms in db-scheduler's table, armed and settled with plain SQL in the
 * caller's transaction (why, see {@link SlaAlarmScheduler}). Shared by every feature whose records
 * carry clocks: tickets, complaints, inspection visits.
 */
@Component
public class AlarmQueue {

    private final JdbcClient jdbc;

    AlarmQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets the row's next firing to {@code next}, or removes it (unless a node is firing it now)
     * when nothing is left to watch. One statement.
     */
    public void arm(String task, String id, Optional<Instant> next) {
        if (next.isPresent()) {
            jdbc.sql("""
                    insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                    values (:task, :id, :at, false, 1)
                    on conflict (task_name, task_instance) do update set execution_time = excluded.execution_time
                     where scheduled_tasks.execution_time <> excluded.execution_time""")
                .param("task", task)
                .param("id", id)
                .param("at", utc(next.get()))
                .update();
        }
        else {
            jdbc.sql("delete from scheduled_tasks where task_name = :task and task_instance = :id and not picked")
                .param("task", task)
                .param("id", id)
                .update();
        }
    }

    /**
     * Puts a fired row back at {@code next}, or removes it, in the subject's transaction.
     *
     * @return false if the row moved on meanwhile (another node took the firing over)
     */
    public boolean settle(String task, String id, long pickedVersion, Optional<Instant> next, Instant now) {
        if (next.isEmpty()) {
            return jdbc.sql("""
                    delete from scheduled_tasks
                     where task_name = :task and task_instance = :id and version = :version""")
                .param("task", task)
                .param("id", id)
                .param("version", pickedVersion)
                .update() == 1;
        }
        return jdbc.sql("""
                update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null, last_success = :now,
                                           consecutive_failures = 0, execution_time = :next, version = version + 1
                 where task_name = :task and task_instance = :id and version = :version""")
            .param("task", task)
            .param("id", id)
            .param("version", pickedVersion)
            .param("now", utc(now))
            .param("next", utc(next.get()))
            .update() == 1;
    }
}
