package com.helpdesk.platform.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.calendar.Pause;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TargetKind;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * The clocks of each example tenant in {@code infra/demo/terms}, worked out by hand from their
 * published figures and service hours (all times Beijing time; 2026-11-23 is a Monday).
 */
class ClockPlannerTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void kunlunSevereInBeijingRespondsInABusinessHourAndIsOnSiteInTwoRealHours() throws Exception {
        ClockPlanner kunlun = planner("kunlun");
        Map<String, SlaClock> clocks = byKind(kunlun.atReport(1, "110105", at("2026-11-23T10:00")));

        assertThat(clocks.keySet()).containsExactlyInAnyOrder("first-response", "escalation:manufacturer",
                "on-site:Beijing");
        assertThat(clocks.get("first-response").dueAt()).isEqualTo(at("2026-11-23T11:00"));
        assertThat(clocks.get("first-response").warnAt()).isEqualTo(at("2026-11-23T10:45"));
        assertThat(clocks.get("escalation:manufacturer").dueAt()).isEqualTo(at("2026-11-23T12:00"));
        assertThat(clocks.get("on-site:Beijing").dueAt()).isEqualTo(at("2026-11-23T12:00"));
        assertThat(clocks.get("on-site:Beijing").warnAt()).isEqualTo(at("2026-11-23T11:30"));
    }

    @Test
    void kunlunResponseReportedLateOnSaturdayFallsDueOnSundayMorning() throws Exception {
        // Saturday hours end at 17:30: half an hour on Saturday, the other 90 minutes from 08:30 on Sunday.
        Map<String, SlaClock> clocks = byKind(planner("kunlun").atReport(2, "130100", at("2026-11-28T17:00")));

        assertThat(clocks.get("first-response").dueAt()).isEqualTo(at("2026-11-29T10:00"));
        assertThat(clocks.get("on-site:around Beijing").dueAt()).isEqualTo(at("2026-11-29T17:00"));
    }

    @Test
    void kunlunWaitForTheCustomerPushesEveryDueTimeBackByTheWait() throws Exception {
        ClockPlanner kunlun = planner("kunlun");
        List<Pause> wait = List.of(new Pause(at("2026-11-23T10:30"), at("2026-11-23T11:30")));

        Map<String, SlaClock> clocks = byKind(kunlun.atReport(2, "110105", at("2026-11-23T10:00")).stream()
            .map(c -> kunlun.rescheduled(c, wait)).toList());

        assertThat(clocks.get("first-response").dueAt()).isEqualTo(at("2026-11-23T13:00"));
        assertThat(clocks.get("on-site:Beijing").dueAt()).isEqualTo(at("2026-11-24T11:00"));
    }

    @Test
    void kunlunRaisingSeverityShortensTheSameClocksFromTheSameReport() throws Exception {
        ClockPlanner kunlun = planner("kunlun");
        Instant reported = at("2026-11-23T10:00");

        SlaClock general = byKind(kunlun.atReport(4, "110105", reported)).get("on-site:Beijing");
        SlaClock severe = byKind(kunlun.atReport(1, "110105", reported)).get("on-site:Beijing");

        assertThat(general.dueAt()).isEqualTo(at("2026-11-27T10:00"));
        assertThat(severe.dueAt()).isEqualTo(at("2026-11-23T12:00"));
        assertThat(severe.startedAt()).isEqualTo(general.startedAt());
    }

    @Test
    void sunhomeRunsAroundTheClockAndPromisesNothingForItsLowestLevel() throws Exception {
        ClockPlanner sunhome = planner("sunhome");
        Map<String, SlaClock> clocks = byKind(sunhome.atReport(1, "370102", at("2026-11-28T23:00")));

        assertThat(clocks.keySet()).containsExactlyInAnyOrder("on-site:service-area", "restore");
        assertThat(clocks.get("on-site:service-area").dueAt()).isEqualTo(at("2026-11-29T03:00"));
        assertThat(clocks.get("restore").dueAt()).isEqualTo(at("2026-11-29T11:00"));
        assertThat(sunhome.atReport(3, "370102", at("2026-11-28T23:00"))).isEmpty();
        assertThat(sunhome.resolveClock(1, at("2026-11-28T23:00"), List.of())).isEmpty();
    }

    @Test
    void huaxinGeneralFaultSkipsTheLunchBreak() throws Exception {
        Map<String, SlaClock> clocks = byKind(planner("huaxin").atReport(3, "320102", at("2026-11-23T11:30")));

        assertThat(clocks.get("first-response").dueAt()).isEqualTo(at("2026-11-23T11:40"));
        assertThat(clocks.get("escalation:second-line").dueAt()).isEqualTo(at("2026-11-23T13:30"));
        assertThat(clocks.get("restore").dueAt()).isEqualTo(at("2026-11-23T16:30"));
        assertThat(clocks.get("on-site:home-city").dueAt()).isEqualTo(at("2026-11-23T13:30"));
        // Eight business hours: 30 min before lunch, 4.5 h in the afternoon, 3 h on Tuesday morning.
        assertThat(clocks.get("extra:spare-unit").dueAt()).isEqualTo(at("2026-11-24T11:30"));
    }

    @Test
    void huaxinSevereEscalatesAtOnceAndHasNoOnSitePromiseOutsideTheProvince() throws Exception {
        Map<String, SlaClock> clocks = byKind(planner("huaxin").atReport(1, "110105", at("2026-11-23T02:00")));

        assertThat(clocks.get("escalation:second-line").dueAt()).isEqualTo(at("2026-11-23T02:00"));
        assertThat(clocks.get("first-response").dueAt()).isEqualTo(at("2026-11-23T02:05"));
        assertThat(clocks.keySet()).noneMatch(k -> k.startsWith("on-site"));
    }

    @Test
    void onlyTheMatchingEventsMeetClocks() {
        assertThat(ClockPlanner.metBy(TicketStatus.ON_SITE)).containsExactly(TargetKind.ON_SITE);
        assertThat(ClockPlanner.metBy(TicketStatus.RESTORED)).containsExactly(TargetKind.RESTORE);
        assertThat(ClockPlanner.metBy(TicketStatus.WAITING_FOR_CUSTOMER)).isEmpty();
        assertThat(ClockPlanner.metBy(TicketStatus.RESOLVED)).contains(TargetKind.RESOLVE, TargetKind.ESCALATION);
    }

    private static ClockPlanner planner(String tenant) throws Exception {
        Path file = Path.of("..", "infra", "demo", "terms", tenant + ".json");
        ServiceTerms terms = JsonMapper.builder().build().readValue(Files.readString(file), ServiceTerms.class)
            .published(1, Instant.parse("2026-01-01T00:00:00Z"));
        return new ClockPlanner(new TermsClock(terms), 0.75);
    }

    private static Map<String, SlaClock> byKind(List<SlaClock> clocks) {
        return clocks.stream().collect(Collectors.toMap(
                c -> SlaClock.kindValue(c.kind()) + (c.name().isEmpty() ? "" : ":" + c.name()), Function.identity()));
    }

    private static Instant at(String beijingTime) {
        return LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant();
    }
}
