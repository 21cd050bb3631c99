package com.helpdesk.platform.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.Task;

import com.helpdesk.platform.complaint.ComplaintLedger.EscalationStep;
import com.helpdesk.platform.ticket.AlarmQueue;
import com.helpdesk.platform.ticket.DurableTask;
import com.helpdesk.platform.ticket.TenantAlarmTask;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The complaints' durable alarms, run by the escalation scheduler's nodes beside the SLA alarms:
 * one row per open complaint, due at its next escalation step or reply breach.
 */
@Component
class ComplaintAlarms implements DurableTask {

    static final String TASK = "complaint-alarm";

    private final TenantAlarmTask task;

    ComplaintAlarms(AlarmQueue queue, @Lazy ComplaintEscalations escalations) {
        this.task = TenantAlarmTask.of(TASK, queue, escalations::fire);
    }

    void arm(TenantId tenant, UUID complaint, Optional<Instant> next) {
        task.arm(tenant, complaint, next);
    }

    @Override
    public Task<?> task() {
        return task.task();
    }

    /** What is still to fire: only an open complaint (no reply yet) escalates or breaches. */
    static Optional<Instant> next(Complaint c, List<EscalationStep> steps) {
        if (c.status() != ComplaintStatus.OPEN) {
            return Optional.empty();
        }
        Optional<Instant> step = steps.stream().filter(s -> s.firedAt() == null).map(EscalationStep::dueAt)
            .min(Instant::compareTo);
        if (c.replyDueAt() == null || c.replyBreachedAt() != null) {
            return step;
        }
        return Optional.of(step.filter(s -> s.isBefore(c.replyDueAt())).orElse(c.replyDueAt()));
    }
}
