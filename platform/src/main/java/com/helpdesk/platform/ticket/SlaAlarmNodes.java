package com.helpdesk.platform.ticket;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Builds the db-scheduler nodes that fire SLA alarms. Every platform node runs one (see
 * {@link EscalationScheduler}); they share the {@code scheduled_tasks} table and each
 * picks due rows with {@code FOR UPDATE SKIP LOCKED}, so no alarm is picked by two nodes.
 */
@Component
class SlaAlarmNodes {

    /** db-scheduler stores at most 50 characters of a node's name in {@code picked_by}. */
    private static final int MAX_HOST = 40;

    private final DataSource dataSource;
    private final SlaAlarmTask task;
    private final SlaAlarmSettings settings;
    private final Clock clock;
    private final Serializer json;
    private final List<Task<?>> otherTasks;

    /**
     * @param otherTasks other features' durable jobs (the e-mail outbox's deliveries), declared as
     *                   {@link Task} beans: one scheduler per node runs them all from the same table
     */
    SlaAlarmNodes(DataSource dataSource, SlaAlarmTask task, SlaAlarmSettings settings, Clock clock, JsonMapper json,
            ObjectProvider<Task<?>> otherTasks) {
        // Whatever db-scheduler's client writes inside a Spring transaction joins that transaction.
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.task = task;
        this.settings = settings;
        this.clock = clock;
        this.json = jsonSerializer(json);
        this.otherTasks = otherTasks.orderedStream().toList();
    }

    /** A node named {@code name}, not started. */
    Scheduler build(String name) {
        List<Task<?>> tasks = new ArrayList<>(otherTasks);
        tasks.add(task.task());
        return Scheduler.create(dataSource, tasks)
            .schedulerName(new SchedulerName.Fixed(name))
            // The application's clock, so due times agree with the clocks' own "now".
            .clock(clock::instant)
            // Single-statement lock-and-fetch: UPDATE … WHERE … IN (SELECT … FOR UPDATE SKIP LOCKED).
            .jdbcCustomization(new PostgreSqlJdbcCustomization(false, true))
            .pollUsingLockAndFetch(0.5, 1.0)
            .pollingInterval(settings.pollInterval())
            .threads(settings.threads())
            .heartbeatInterval(settings.heartbeatInterval())
            .shutdownMaxWait(Duration.ofSeconds(30))
            .serializer(json)
            .build();
    }

    /** The host's name and a random suffix: two nodes on one host, or a node and its restart, differ. */
    static String uniqueName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            host = "node";
        }
        byte[] suffix = new byte[4];
        ThreadLocalRandom.current().nextBytes(suffix);
        return host.substring(0, Math.min(host.length(), MAX_HOST)) + "-" + HexFormat.of().formatHex(suffix);
    }

    /**
     * SLA alarms keep no task data (their id says it all); any future task's data is JSON, never
     * Java serialization, which would turn bytes in a table into code paths.
     */
    private static Serializer jsonSerializer(JsonMapper json) {
        return new Serializer() {
            @Override
            public byte[] serialize(Object data) {
                return data == null ? null : json.writeValueAsBytes(data);
            }

            @Override
            public <T> T deserialize(Class<T> type, byte[] bytes) {
                return bytes == null ? null : json.readValue(bytes, type);
            }
        };
    }
}
