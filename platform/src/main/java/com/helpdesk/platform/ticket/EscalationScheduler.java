package com.helpdesk.platform.ticket;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * This node's escalation scheduler. It starts once the whole context is up (so after Flyway) and
 * stops before the data source closes, letting the alarms it is firing finish. A stopped
 * db-scheduler cannot start again, so every start builds a new one, under a new name: Spring stops
 * and restarts contexts (its test context cache does so between test classes).
 */
@Component
class EscalationScheduler implements SmartLifecycle {

    private final SlaAlarmNodes nodes;
    private final boolean enabled;
    private Scheduler running;

    EscalationScheduler(SlaAlarmNodes nodes, SlaAlarmSettings settings) {
        this.nodes = nodes;
        this.enabled = settings.schedulerEnabled();
    }

    @Override
    public synchronized void start() {
        if (enabled && running == null) {
            Scheduler scheduler = nodes.build(SlaAlarmNodes.uniqueName());
            scheduler.start();
            running = scheduler;
        }
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null;
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }
}
