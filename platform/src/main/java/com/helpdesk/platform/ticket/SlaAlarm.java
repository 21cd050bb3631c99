package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.helpdesk.tenantadmin.terms.TargetKind;

/**
 * One warning or breach of one clock that has come due. Pure: {@link Escalations} marks, records
 * and announces them.
 *
 * @param at when it came due: the clock's warn or due instant
 */
record SlaAlarm(SlaClock clock, Kind kind, Instant at) {

    /** What an alarm does; the history entry's type and the alert's kind go with it. */
    enum Kind {
        WARNING("clock-warning", "warning"),
        BREACH("clock-breached", "breach"),
        /** The due time of an escalation step: the ticket moves to the step's tier. */
        ESCALATION("escalated", "escalation");

        private final String historyType;
        private final String alertKind;

        Kind(String historyType, String alertKind) {
            this.historyType = historyType;
            this.alertKind = alertKind;
        }

        String historyType() {
            return historyType;
        }

        String alertKind() {
            return alertKind;
        }
    }

    /**
     * The alarms due by {@code now} among the clocks still watched (running, not paused), in the
     * order they came due. After downtime one clock may owe both: the warning comes first.
     */
    static List<SlaAlarm> due(List<SlaClock> clocks, Instant now) {
        List<SlaAlarm> due = new ArrayList<>();
        for (SlaClock c : clocks) {
            if (!c.running() || c.pausedSince() != null || c.breachedAt() != null) {
                continue;
            }
            // A clock due the moment it starts (an immediate escalation) leaves no time to warn in.
            if (c.warnedAt() == null && c.warnAt().isBefore(c.dueAt()) && !c.warnAt().isAfter(now)) {
                due.add(new SlaAlarm(c, Kind.WARNING, c.warnAt()));
            }
            if (!c.dueAt().isAfter(now)) {
                due.add(new SlaAlarm(c, c.kind() == TargetKind.ESCALATION ? Kind.ESCALATION : Kind.BREACH,
                        c.dueAt()));
            }
        }
        due.sort(Comparator.comparing(SlaAlarm::at).thenComparing(a -> a.kind() != Kind.WARNING));
        return due;
    }
}
