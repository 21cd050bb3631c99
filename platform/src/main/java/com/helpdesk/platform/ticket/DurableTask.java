package com.helpdesk.platform.ticket;

import com.github.kagkarlsson.scheduler.task.Task;

/**
 * A feature's db-scheduler task that every node's escalation scheduler runs beside the SLA alarms,
 * on the same {@code scheduled_tasks} table: picked with {@code FOR UPDATE SKIP LOCKED} by one node
 * at a time, revived after a node dies, due rows caught up after downtime. A recurring task
 * ({@code Tasks.recurring}) is scheduled when the node starts.
 */
public interface DurableTask {

    Task<?> task();
}
