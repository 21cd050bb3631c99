package com.helpdesk.platform.ticket;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The db-scheduler task behind {@link SlaAlarmScheduler}'s rows: fires the ticket's due alarms and
 * re-arms the same row for the next one.
 */
@Component
class SlaAlarmTask {

    private static final Logger log = LoggerFactory.getLogger(SlaAlarmTask.class);

    /**
     * The run settles its row inside the ticket's transaction ({@link SlaAlarmScheduler#settle}),
     * so db-scheduler's completion step has nothing left to do. Rescheduling there instead would
     * commit after the ticket's lock is gone, and could overwrite the alarm an agent's change armed
     * in between with a stale time.
     */
    private static final CompletionHandler<Void> SETTLED_IN_TRANSACTION = (complete, operations) -> {
    };

    private final Escalations escalations;
    private final SlaAlarmScheduler alarms;
    private final Task<Void> task;

    SlaAlarmTask(Escalations escalations, SlaAlarmScheduler alarms) {
        this.escalations = escalations;
        this.alarms = alarms;
        this.task = Tasks.custom(SlaAlarmScheduler.TASK, Void.class)
            // A run that failed (the database away, say) is tried again, soon at first and then less often.
            .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10)))
            // A node that died while firing leaves its row picked; once its heartbeats stop another node fires it.
            .onDeadExecutionRevive()
            .execute(this::execute);
    }

    Task<Void> task() {
        return task;
    }

    private CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        Optional<SlaAlarmKey> key = SlaAlarmKey.parse(instance.getId());
        if (key.isEmpty()) {
            log.warn("Removing SLA alarm '{}': its id names no tenant and ticket", instance.getId());
            return new CompletionHandler.OnCompleteRemove<>();
        }
        long pickedVersion = context.getExecution().version;
        escalations.fire(key.get().tenant(), key.get().ticket(), (next, now) -> {
            if (!alarms.settle(key.get(), pickedVersion, next, now)) {
                log.info("SLA alarm {} was taken over by another node while this one fired it", instance.getId());
            }
        });
        return SETTLED_IN_TRANSACTION;
    }
}
