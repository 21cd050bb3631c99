package com.helpdesk.platform.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import com.helpdesk.tenantadmin.TenantId;

/**
 * A durable alarm per record of a tenant, as the SLA alarms work: one row
 * {@code <task>/<tenant>:<record>} in {@link AlarmQueue}, fired by whichever node picks it, which
 * settles the row for the next alarm inside the record's own transaction.
 */
public final class TenantAlarmTask implements DurableTask {

    private static final Logger log = LoggerFactory.getLogger(TenantAlarmTask.class);
    private static final CompletionHandler<Void> SETTLED_IN_TRANSACTION = (complete, operations) -> {
    };

    /** Fires what is due on one record; calls {@code rearm} inside the record's transaction. */
    @FunctionalInterface
    public interface Firing {
        void fire(TenantId tenant, UUID record, Rearm rearm);
    }

    /** Stores when the record next needs the scheduler. */
    @FunctionalInterface
    public interface Rearm {
        void at(Optional<Instant> next, Instant now);
    }

    private final String name;
    private final AlarmQueue queue;
    private final Task<Void> task;

    private TenantAlarmTask(String name, AlarmQueue queue, Firing firing) {
        this.name = name;
        this.queue = queue;
        this.task = Tasks.custom(name, Void.class)
            .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10)))
            .onDeadExecutionRevive()
            .execute((instance, context) -> execute(firing, instance, context));
    }

    public static TenantAlarmTask of(String name, AlarmQueue queue, Firing firing) {
        return new TenantAlarmTask(name, queue, firing);
    }

    /** Arms the record's alarm at {@code next}, or removes it; inside the record's transaction. */
    public void arm(TenantId tenant, UUID record, Optional<Instant> next) {
        queue.arm(name, new SlaAlarmKey(tenant, record).id(), next);
    }

    @Override
    public Task<?> task() {
        return task;
    }

    private CompletionHandler<Void> execute(Firing firing, TaskInstance<Void> instance, ExecutionContext context) {
        Optional<SlaAlarmKey> key = SlaAlarmKey.parse(instance.getId());
        if (key.isEmpty()) {
            log.warn("Removing {} alarm '{}': its id names no tenant and record", name, instance.getId());
            return new CompletionHandler.OnCompleteRemove<>();
        }
        long pickedVersion = context.getExecution().version;
        firing.fire(key.get().tenant(), key.get().ticket(), (next, now) -> {
            if (!queue.settle(name, instance.getId(), pickedVersion, next, now)) {
                log.info("{} alarm {} was taken over by another node while this one fired it", name, instance.getId());
            }
        });
        return SETTLED_IN_TRANSACTION;
    }
}
