package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.calendar.Pause;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of DOMAIN.md sections 2 and 3, run on the demo terms. */
class DomainExamplesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant shanghai(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    private static Instant due(List<Deadline> deadlines, TargetKind kind, String name) {
        return deadlines.stream().filter(d -> d.kind() == kind && d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + deadlines)).due();
    }

    @Nested
    class Huaxin {

        private final TermsClock clock = new TermsClock(DemoTerms.load("huaxin"));
        private final Instant wednesday10 = shanghai("2026-03-11T10:00");

        /** Reported Wednesday 2026-03-11 10:00; Nanjing (320102) is the home city, Suzhou (320505) the province. */
        @ParameterizedTest(name = "level {0} {2} {3} due {4}")
        @CsvSource({
                // severe and major run around the clock
                "1, 320102, FIRST_RESPONSE, '',          2026-03-11T10:05",
                "1, 320102, ESCALATION,     second-line, 2026-03-11T10:00",
                "1, 320102, RESTORE,        '',          2026-03-11T14:00",
                "1, 320102, ON_SITE,        home-city,   2026-03-11T10:40",
                "1, 320505, ON_SITE,        province,    2026-03-11T15:00",
                "1, 320102, EXTRA,          spare-unit,  2026-03-11T18:00",
                "2, 320102, FIRST_RESPONSE, '',          2026-03-11T10:10",
                "2, 320102, ESCALATION,     second-line, 2026-03-11T10:30",
                "2, 320102, RESTORE,        '',          2026-03-11T14:00",
                "2, 320102, ON_SITE,        home-city,   2026-03-11T11:00",
                "2, 320505, ON_SITE,        province,    2026-03-11T16:00",
                // general and non-fault run on business hours 08:30–12:00, 13:00–17:30
                "3, 320102, FIRST_RESPONSE, '',          2026-03-11T10:10",
                "3, 320102, ESCALATION,     second-line, 2026-03-11T11:00",
                "3, 320102, RESTORE,        '',          2026-03-11T15:00",
                "3, 320102, ON_SITE,        home-city,   2026-03-11T11:00",
                "3, 320505, ON_SITE,        province,    2026-03-12T10:00",
                "4, 320102, FIRST_RESPONSE, '',          2026-03-11T10:10",
                "4, 320102, ESCALATION,     second-line, 2026-03-11T11:00",
                "4, 320102, ON_SITE,        home-city,   2026-03-11T12:00",
                "4, 320505, ON_SITE,        province,    2026-03-12T12:00"
        })
        void dueTimesFollowTheTable(int level, String region, TargetKind kind, String name, String dueAt) {
            assertThat(due(clock.deadlines(level, region, wednesday10), kind, name)).isEqualTo(shanghai(dueAt));
        }

        @Test
        void nonFaultHasNoRestoreTarget() {
            assertThat(clock.deadlines(4, "320102", wednesday10)).extracting(Deadline::kind)
                    .containsExactly(TargetKind.FIRST_RESPONSE, TargetKind.ESCALATION, TargetKind.ON_SITE);
        }

        @Test
        void outsideTheProvinceThereIsNoOnSitePromise() {
            assertThat(clock.deadlines(1, "110105", wednesday10)).extracting(Deadline::kind)
                    .doesNotContain(TargetKind.ON_SITE);
        }

        @Test
        void aLevelOnTheClockRunsThroughTheNightWhileBusinessLevelsWait() {
            Instant saturday3am = shanghai("2026-03-14T03:00");
            assertThat(due(clock.deadlines(1, "320102", saturday3am), TargetKind.FIRST_RESPONSE, "")).isEqualTo(shanghai("2026-03-14T03:05"));
            assertThat(due(clock.deadlines(3, "320102", saturday3am), TargetKind.FIRST_RESPONSE, "")).isEqualTo(shanghai("2026-03-16T08:40"));
        }

        @Test
        void holidaysAreClosedAndMakeUpDaysOpen() {
            // Thursday before Labour Day (1–5 May), 4 h restore for a general fault: 30 min left that day, 3.5 h on 6 May
            assertThat(due(clock.deadlines(3, "320102", shanghai("2026-04-30T17:00")), TargetKind.RESTORE, ""))
                    .isEqualTo(shanghai("2026-05-06T12:00"));
            // Friday 8 May: Saturday 9 May is a make-up working day
            assertThat(due(clock.deadlines(3, "320102", shanghai("2026-05-08T17:00")), TargetKind.RESTORE, ""))
                    .isEqualTo(shanghai("2026-05-09T12:00"));
        }

        @Test
        void waitingForTheCustomerStopsTheRestoreClock() {
            Target restore = clock.terms().level(3).targets().restore();
            Pause waiting = new Pause(shanghai("2026-03-11T11:00"), shanghai("2026-03-11T14:00"));
            assertThat(clock.due(restore, wednesday10, List.of(waiting))).isEqualTo(shanghai("2026-03-11T17:00"));
        }
    }

    @Nested
    class Kunlun {

        private final TermsClock clock = new TermsClock(DemoTerms.load("kunlun"));

        @ParameterizedTest(name = "level {0} reported {1}: respond by {2}")
        @CsvSource({
                // Friday 20:30: 30 min left of phone support, Saturday opens 08:30
                "2, 2026-03-13T20:30, 2026-03-14T10:00",
                "1, 2026-03-13T20:30, 2026-03-14T09:00",
                // eve of National Day: holidays open 08:30–17:30
                "2, 2026-09-30T20:30, 2026-10-01T10:00",
                // Saturday 10 October is a make-up working day, open until 21:00 …
                "2, 2026-10-10T17:00, 2026-10-10T19:00",
                // … an ordinary Saturday closes at 17:30
                "2, 2026-10-17T17:00, 2026-10-18T10:00",
                // outside hours the clock starts when phone support opens
                "3, 2026-03-11T23:00, 2026-03-12T10:30"
        })
        void phoneSupportRespondsWithinBusinessHours(int level, String reported, String respondBy) {
            assertThat(due(clock.deadlines(level, "110105", shanghai(reported)), TargetKind.FIRST_RESPONSE, ""))
                    .isEqualTo(shanghai(respondBy));
        }

        @ParameterizedTest(name = "level {0} in {1} ({2}): on site by {3}")
        @CsvSource({
                "1, 110105, Beijing,         2026-03-13T22:30",
                "1, 130102, around Beijing,  2026-03-14T08:30",
                "1, 440305, other provinces, 2026-03-15T20:30",
                "2, 120101, around Beijing,  2026-03-14T20:30",
                "2, 440305, other provinces, 2026-03-15T20:30",
                "4, 110105, Beijing,         2026-03-17T20:30"
        })
        void onSiteTargetsDependOnLevelAndZoneAndRunAroundTheClock(int level, String region, String zone, String onSiteBy) {
            assertThat(due(clock.deadlines(level, region, shanghai("2026-03-13T20:30")), TargetKind.ON_SITE, zone))
                    .isEqualTo(shanghai(onSiteBy));
        }

        @Test
        void severeFaultsAreReportedToTheManufacturerWithinTwoHours() {
            assertThat(due(clock.deadlines(1, "110105", shanghai("2026-03-13T20:30")), TargetKind.ESCALATION, "manufacturer"))
                    .isEqualTo(shanghai("2026-03-13T22:30"));
        }
    }

    @Nested
    class Sunhome {

        private final TermsClock clock = new TermsClock(DemoTerms.load("sunhome"));

        @Test
        void onSiteWithinFourHoursAndFixedWithinTwelveAroundTheClock() {
            List<Deadline> deadlines = clock.deadlines(1, "370102", shanghai("2026-01-04T23:00"));
            assertThat(due(deadlines, TargetKind.ON_SITE, "service-area")).isEqualTo(shanghai("2026-01-05T03:00"));
            assertThat(due(deadlines, TargetKind.RESTORE, "")).isEqualTo(shanghai("2026-01-05T11:00"));
        }

        @Test
        void questionsCarryNoTimePromise() {
            assertThat(clock.deadlines(3, "370102", shanghai("2026-01-04T23:00"))).isEmpty();
        }
    }
}
