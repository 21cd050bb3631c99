package com.helpdesk.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.Task;

import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.AlarmQueue;
import com.helpdesk.platform.ticket.DurableTask;
import com.helpdesk.platform.ticket.TenantAlarmTask;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The report clock's alarms, one row per visit on the shared durable scheduler: a warning at the
 * opening of the last working day, a breach at its close, each once; the tenant's desk and the
 * engineer are told on {@code inspections}.
 */
@Component
class InspectionAlarms implements DurableTask {

    static final String TASK = "inspection-alarm";
    static final String TOPIC = "inspections";
    private static final Logger log = LoggerFactory.getLogger(InspectionAlarms.class);

    private final TenantAlarmTask task;
    private final TenantTransactions transactions;
    private final InspectionRepository inspections;
    private final RealtimePushes pushes;
    private final Clock clock;

    InspectionAlarms(AlarmQueue queue, TenantTransactions transactions, InspectionRepository inspections,
            RealtimePushes pushes, Clock clock) {
        this.task = TenantAlarmTask.of(TASK, queue, this::fire);
        this.transactions = transactions;
        this.inspections = inspections;
        this.pushes = pushes;
        this.clock = clock;
    }

    @Override
    public Task<?> task() {
        return task.task();
    }

    /** Sets the visit's alarm from its clock as stored; inside the visit's transaction. */
    void rearm(TenantId tenant, UUID visit) {
        task.arm(tenant, visit, inspections.nextAlarm(tenant, visit));
    }

    private void fire(TenantId tenant, UUID id, TenantAlarmTask.Rearm rearm) {
        List<Alert> alerts = transactions.call(tenant, () -> {
            Instant now = clock.instant();
            Optional<InspectionVisit> visit = inspections.lockVisit(tenant, id, now);
            List<Alert> fired = new ArrayList<>();
            if (visit.isPresent() && visit.get().status().equals("scheduled") && visit.get().reportDueAt() != null) {
                InspectionVisit v = visit.get();
                if (!v.reportWarnAt().isAfter(now) && v.reportWarnAt().isBefore(v.reportDueAt())
                        && inspections.mark(tenant, id, "report_warned_at", v.reportWarnAt())) {
                    fired.add(new Alert("warning", v.id(), v.scheduledOn().toString(), v.reportDueAt(), v.assigneeId()));
                }
                if (!v.reportDueAt().isAfter(now) && inspections.mark(tenant, id, "report_breached_at", v.reportDueAt())) {
                    fired.add(new Alert("breach", v.id(), v.scheduledOn().toString(), v.reportDueAt(), v.assigneeId()));
                }
            }
            rearm.at(inspections.nextAlarm(tenant, id), now);
            return fired;
        });
        for (Alert alert : alerts) {
            try {
                pushes.toTenant(tenant, TOPIC, alert);
                if (alert.assigneeId() != null) {
                    pushes.toStaff(tenant, alert.assigneeId(), TOPIC, alert);
                }
            }
            catch (RuntimeException e) {
                log.warn("Could not push the {} of inspection {}: {}", alert.kind(), alert.visitId(), e.getMessage());
            }
        }
    }

    /** What the desk is told when an inspection report falls due. */
    record Alert(String kind, UUID visitId, String scheduledOn, Instant reportDueAt, UUID assigneeId) {
    }
}
