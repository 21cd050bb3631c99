package com.helpdesk.platform.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.tenantadmin.terms.Target;
import com.helpdesk.tenantadmin.terms.TargetKind;

/** Which alarms are due, and in which order, from a ticket's clocks. */
class SlaAlarmTests {

    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void owesWarningThenBreachAfterADowntimeThatCoveredBoth() {
        SlaClock firstResponse = clock(TargetKind.FIRST_RESPONSE, "", 10);

        List<SlaAlarm> due = SlaAlarm.due(List.of(firstResponse), START.plus(Duration.ofHours(1)));

        assertThat(due).extracting(SlaAlarm::kind).containsExactly(SlaAlarm.Kind.WARNING, SlaAlarm.Kind.BREACH);
        assertThat(due).extracting(SlaAlarm::at).containsExactly(firstResponse.warnAt(), firstResponse.dueAt());
    }

    @Test
    void ordersAlarmsOfSeveralClocksByWhenTheyFellDue() {
        SlaClock escalation = clock(TargetKind.ESCALATION, "second-line", 30);
        SlaClock firstResponse = clock(TargetKind.FIRST_RESPONSE, "", 10);

        List<SlaAlarm> due = SlaAlarm.due(List.of(escalation, firstResponse), START.plus(Duration.ofMinutes(31)));

        assertThat(due).extracting(a -> a.kind() + " " + a.clock().name()).containsExactly("WARNING ", "BREACH ",
                "WARNING second-line", "ESCALATION second-line");
    }

    @Test
    void owesNothingBeforeTheWarnTime() {
        assertThat(SlaAlarm.due(List.of(clock(TargetKind.RESTORE, "", 60)), START.plus(Duration.ofMinutes(44))))
            .isEmpty();
    }

    @Test
    void owesOnlyTheBreachOnceWarned() {
        SlaClock warned = with(clock(TargetKind.RESTORE, "", 60), START.plus(Duration.ofMinutes(45)), null);

        assertThat(SlaAlarm.due(List.of(warned), START.plus(Duration.ofHours(2))))
            .extracting(SlaAlarm::kind).containsExactly(SlaAlarm.Kind.BREACH);
    }

    @Test
    void skipsPausedMetSupersededAndBreachedClocks() {
        SlaClock c = clock(TargetKind.RESTORE, "", 60);
        Instant late = START.plus(Duration.ofHours(2));
        List<SlaClock> quiet = List.of(c.paused(START.plus(Duration.ofMinutes(5))), c.met(START.plusSeconds(60)),
                c.superseded(START.plusSeconds(60)), with(c, START.plus(Duration.ofMinutes(45)), START.plus(
                        Duration.ofHours(1))));

        assertThat(SlaAlarm.due(quiet, late)).isEmpty();
    }

    @Test
    void escalatesAtOnceWithoutAWarningWhenTheStepIsDueAtTheStart() {
        SlaClock immediate = new SlaClock(UUID.randomUUID(), TargetKind.ESCALATION, "second-line", 1,
                Target.aroundTheClock(Duration.ZERO), START, START, START, null, null, null, null, null);

        assertThat(SlaAlarm.due(List.of(immediate), START)).extracting(SlaAlarm::kind)
            .containsExactly(SlaAlarm.Kind.ESCALATION);
    }

    /** A clock started at START that warns at three quarters of {@code minutes}. */
    private static SlaClock clock(TargetKind kind, String name, int minutes) {
        Duration within = Duration.ofMinutes(minutes);
        return new SlaClock(UUID.randomUUID(), kind, name, 2, Target.aroundTheClock(within), START,
                START.plus(within.multipliedBy(3).dividedBy(4)), START.plus(within), null, null, null, null, null);
    }

    private static SlaClock with(SlaClock c, Instant warnedAt, Instant breachedAt) {
        return new SlaClock(c.id(), c.kind(), c.name(), c.severity(), c.target(), c.startedAt(), c.warnAt(),
                c.dueAt(), c.pausedSince(), c.metAt(), warnedAt, breachedAt, c.supersededAt());
    }
}
