package com.helpdesk.platform.ticket;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this node runs the escalation scheduler ({@code helpdesk.sla.*}; the warn share is read by
 * {@link TicketTerms}).
 *
 * @param pollInterval      how often the node looks for due alarms: the most an alarm fires late
 * @param threads           alarms fired at once; the work is a few short statements per ticket
 * @param heartbeatInterval how often a node marks the alarms it is firing as alive; after six
 *                          missed beats another node takes them over, as after a crash
 * @param schedulerEnabled  false on nodes that should only serve requests: the alarms they arm
 *                          are fired by the other nodes
 */
@Validated
@ConfigurationProperties("helpdesk.sla")
record SlaAlarmSettings(@NotNull @DefaultValue("2s") Duration pollInterval,
        @Positive @Max(64) @DefaultValue("4") int threads, @NotNull @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue("true") boolean schedulerEnabled) {
}
