package com.helpdesk.platform.inspection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import com.helpdesk.platform.ticket.DurableTask;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;

/**
 * Generates the inspection visits that come within the horizon, for every active tenant: a
 * recurring db-scheduler task, so one node runs it at a time and a node that was down runs the
 * missed round when it is back. Generating twice is harmless (one visit per plan and date).
 */
@Component
class InspectionGenerator implements DurableTask {

    static final String TASK = "inspection-visits";
    private static final Logger log = LoggerFactory.getLogger(InspectionGenerator.class);

    private final TenantStore tenants;
    private final InspectionPlans plans;
    private final Task<Void> task;

    InspectionGenerator(TenantStore tenants, @Lazy InspectionPlans plans, InspectionSettings settings) {
        this.tenants = tenants;
        this.plans = plans;
        this.task = Tasks.recurring(TASK, FixedDelay.of(settings.every())).execute((instance, context) -> run());
    }

    @Override
    public Task<?> task() {
        return task;
    }

    /** One round over the tenants; answers how many visits it made. */
    int run() {
        int made = 0;
        for (TenantProfile tenant : tenants.list()) {
            if (!tenant.active()) {
                continue;
            }
            try {
                made += plans.generate(tenant.id());
            }
            catch (RuntimeException e) {
                log.warn("Generating inspection visits of tenant {} failed; the next round tries again: {}",
                        tenant.slug(), e.getMessage());
            }
        }
        return made;
    }
}
