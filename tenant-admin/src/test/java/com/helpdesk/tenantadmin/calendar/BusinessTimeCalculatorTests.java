package com.helpdesk.tenantadmin.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessTimeCalculatorTests {

    private static final ZoneId SHANGHAI = RealisticCalendar.SHANGHAI;
    private final BusinessTimeCalculator office = BusinessTimeCalculator.of(RealisticCalendar.office());

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    private static Instant shanghai(String dateTime) {
        return local(dateTime, SHANGHAI);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            // within one interval; over lunch; due on a closing time stays there
            "2026-03-11T09:00, PT1H,    2026-03-11T10:00",
            "2026-03-11T11:30, PT1H,    2026-03-11T13:30",
            "2026-03-11T11:00, PT1H,    2026-03-11T12:00",
            // over night and over the weekend
            "2026-03-11T17:00, PT2H,    2026-03-12T09:30",
            "2026-03-13T17:00, PT2H,    2026-03-16T09:30",
            // starting outside hours: the clock starts when hours start
            "2026-03-11T07:00, PT30M,   2026-03-11T09:00",
            "2026-03-11T12:15, PT30M,   2026-03-11T13:30",
            "2026-03-14T10:00, PT30M,   2026-03-16T09:00",
            // two working weeks of 8.5 h days, from Monday's opening to Friday's closing
            "2026-03-02T08:30, PT85H,   2026-03-13T18:00",
            // holidays closed: Labour Day 1–5 May
            "2026-04-30T17:00, PT2H,    2026-05-06T09:30",
            // make-up day Saturday 9 May opens like a Monday
            "2026-05-08T17:00, PT2H,    2026-05-09T09:30",
            // National Day week, then make-up Saturday 10 October
            "2026-09-30T17:30, PT1H,    2026-10-08T09:00",
            "2026-10-09T17:00, PT2H,    2026-10-10T09:30",
            // across the year boundary (2027 has no holidays in this calendar)
            "2026-12-31T17:00, PT2H,    2027-01-01T09:30"
    })
    void addsBusinessTimeOnTheOfficeCalendar(String start, Duration duration, String due) {
        assertThat(office.add(shanghai(start), duration)).isEqualTo(shanghai(due));
        assertThat(office.between(shanghai(start), shanghai(due))).isEqualTo(duration);
    }

    @Test
    void zeroDurationIsTheStartEvenWhenClosed() {
        Instant saturday = shanghai("2026-03-14T10:00");
        assertThat(office.add(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void betweenIsNegativeWhenTheEndComesFirst() {
        assertThat(office.between(shanghai("2026-03-16T09:30"), shanghai("2026-03-13T17:00")))
                .isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void aFullYearOfBusinessTimeRoundTrips() {
        Instant start = shanghai("2026-06-10T10:17:03.25");
        Duration year = office.between(start, start.plus(Duration.ofDays(730)));
        assertThat(office.between(start, office.add(start, year))).isEqualTo(year);
        assertThat(office.add(start, year)).isEqualTo(shanghai("2028-06-09T10:17:03.25"));
    }

    @Test
    void nanosecondsCountLikeAnyOtherTime() {
        assertThat(office.add(shanghai("2026-03-11T09:00:00.5"), Duration.ofSeconds(1)))
                .isEqualTo(shanghai("2026-03-11T09:00:01.5"));
        assertThat(office.add(shanghai("2026-03-11T11:59:59.999999999"), Duration.ofNanos(1)))
                .isEqualTo(shanghai("2026-03-11T12:00"));
        assertThat(office.add(shanghai("2026-03-11T12:00"), Duration.ofNanos(1)))
                .isEqualTo(shanghai("2026-03-11T13:00:00.000000001"));
    }

    @Test
    void tellsWhetherAndWhenTheClockRuns() {
        assertThat(office.isOpen(shanghai("2026-03-11T08:30"))).isTrue();
        assertThat(office.isOpen(shanghai("2026-03-11T12:00"))).isFalse();
        assertThat(office.isOpen(shanghai("2026-05-01T10:00"))).isFalse();
        assertThat(office.nextOpening(shanghai("2026-04-30T18:00"))).isEqualTo(shanghai("2026-05-06T08:30"));
        assertThat(office.nextOpening(shanghai("2026-12-31T18:00"))).isEqualTo(shanghai("2027-01-01T08:30"));
        assertThat(office.nextOpening(shanghai("2026-03-11T10:00"))).isEqualTo(shanghai("2026-03-11T10:00"));
    }

    @Test
    void rejectsNegativeDurationsAndUnsupportedYears() {
        assertThatThrownBy(() -> office.add(shanghai("2026-03-11T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> office.add(shanghai("1850-03-11T10:00"), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aroundTheClockIsPlainArithmetic() {
        BusinessTimeCalculator clock = BusinessTimeCalculator.of(BusinessCalendar.aroundTheClock(SHANGHAI));
        Instant sunday = shanghai("2026-01-04T23:00");
        assertThat(clock.add(sunday, Duration.ofHours(4))).isEqualTo(shanghai("2026-01-05T03:00"));
        assertThat(clock.between(sunday, shanghai("2026-01-05T11:00"))).isEqualTo(Duration.ofHours(12));
        assertThat(clock.isOpen(sunday)).isTrue();
    }

    @Test
    void anIntervalEndingAt24JoinsTheNextDaysMidnightInterval() {
        Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(OpeningInterval.of("00:00", "02:00"), OpeningInterval.of("08:00", "24:00")));
        }
        BusinessTimeCalculator duty = BusinessTimeCalculator.of(
                new BusinessCalendar(SHANGHAI, false, hours, List.of(), List.of(), null));
        assertThat(duty.add(shanghai("2026-03-10T23:00"), Duration.ofHours(2))).isEqualTo(shanghai("2026-03-11T01:00"));
        assertThat(duty.add(shanghai("2026-03-10T23:00"), Duration.ofHours(4))).isEqualTo(shanghai("2026-03-11T09:00"));
    }

    @Nested
    class Pauses {

        private final Instant wednesday9 = shanghai("2026-03-11T09:00");

        @Test
        void pausesNeverCount() {
            Pause waiting = new Pause(shanghai("2026-03-11T09:30"), shanghai("2026-03-11T10:30"));
            assertThat(office.add(wednesday9, Duration.ofHours(2), List.of(waiting))).isEqualTo(shanghai("2026-03-11T12:00"));
            assertThat(office.between(wednesday9, shanghai("2026-03-11T12:00"), List.of(waiting))).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void aPauseOverClosedTimeOnlyRemovesTheOpenTimeInIt() {
            Pause overLunch = new Pause(shanghai("2026-03-11T10:00"), shanghai("2026-03-11T14:00"));
            assertThat(office.add(wednesday9, Duration.ofHours(2), List.of(overLunch))).isEqualTo(shanghai("2026-03-11T15:00"));
        }

        @Test
        void aPauseAfterTheDueTimeChangesNothing() {
            Pause later = new Pause(shanghai("2026-03-11T11:00"), shanghai("2026-03-11T15:00"));
            assertThat(office.add(wednesday9, Duration.ofHours(2), List.of(later))).isEqualTo(shanghai("2026-03-11T11:00"));
        }

        @Test
        void overlappingPausesCountOnce() {
            List<Pause> pauses = List.of(
                    new Pause(shanghai("2026-03-11T09:30"), shanghai("2026-03-11T10:30")),
                    new Pause(shanghai("2026-03-11T10:00"), shanghai("2026-03-11T11:00")),
                    new Pause(shanghai("2026-03-11T08:00"), shanghai("2026-03-11T08:45")));
            assertThat(office.between(shanghai("2026-03-11T08:30"), shanghai("2026-03-11T12:00"), pauses))
                    .isEqualTo(Duration.ofMinutes(210 - 15 - 90));
            assertThat(office.add(shanghai("2026-03-11T08:30"), Duration.ofMinutes(105), pauses))
                    .isEqualTo(shanghai("2026-03-11T12:00"));
        }

        @Test
        void aPauseRunningWhenTheClockStartsDelaysIt() {
            Pause started = new Pause(shanghai("2026-03-11T08:00"), shanghai("2026-03-11T10:00"));
            assertThat(office.add(wednesday9, Duration.ofMinutes(30), List.of(started))).isEqualTo(shanghai("2026-03-11T10:30"));
        }
    }

    /** The wall-clock rule: opening and closing times take effect when the wall clock first reaches them. */
    @Nested
    class DaylightSaving {

        private final ZoneId berlin = ZoneId.of("Europe/Berlin");
        private final ZoneId newYork = ZoneId.of("America/New_York");

        private BusinessTimeCalculator daily(ZoneId zone, OpeningInterval... hours) {
            Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.put(day, List.of(hours));
            }
            return BusinessTimeCalculator.of(new BusinessCalendar(zone, false, weekly, List.of(), List.of(), null));
        }

        private Duration dayLength(BusinessTimeCalculator calculator, ZoneId zone, String date) {
            return calculator.between(local(date + "T00:00", zone), local(date + "T12:00", zone));
        }

        @Test
        void springForwardShortensAnIntervalSpanningTheGap() {
            BusinessTimeCalculator night = daily(berlin, OpeningInterval.of("01:00", "04:00"));
            assertThat(dayLength(night, berlin, "2026-03-28")).isEqualTo(Duration.ofHours(3));
            assertThat(dayLength(night, berlin, "2026-03-29")).isEqualTo(Duration.ofHours(2));
            // 01:00 CET is 00:00Z; two hours later it is 04:00 CEST, closing time
            assertThat(night.add(Instant.parse("2026-03-29T00:00:00Z"), Duration.ofHours(2)))
                    .isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
        }

        @Test
        void anIntervalInsideTheGapIsEmptyAndATimeInTheGapTakesEffectAtTheJump() {
            BusinessTimeCalculator night = daily(berlin, OpeningInterval.of("01:00", "01:30"),
                    OpeningInterval.of("02:15", "02:45"), OpeningInterval.of("03:00", "04:00"));
            assertThat(dayLength(night, berlin, "2026-03-22")).isEqualTo(Duration.ofMinutes(120));
            assertThat(dayLength(night, berlin, "2026-03-29")).isEqualTo(Duration.ofMinutes(90));

            BusinessTimeCalculator fromHalfPastTwo = daily(berlin, OpeningInterval.of("02:30", "05:00"));
            assertThat(fromHalfPastTwo.nextOpening(Instant.parse("2026-03-29T00:00:00Z")))
                    .isEqualTo(Instant.parse("2026-03-29T01:00:00Z")); // the jump: 03:00 CEST
        }

        @Test
        void fallBackCountsTheRepeatedHourInsideAnInterval() {
            BusinessTimeCalculator night = daily(berlin, OpeningInterval.of("01:00", "04:00"));
            assertThat(dayLength(night, berlin, "2026-10-25")).isEqualTo(Duration.ofHours(4));
        }

        @Test
        void anIntervalClosingInTheRepeatedHourClosesAtItsFirstOccurrence() {
            BusinessTimeCalculator late = daily(berlin, OpeningInterval.of("00:00", "02:30"));
            assertThat(dayLength(late, berlin, "2026-10-25")).isEqualTo(Duration.ofMinutes(150));
            assertThat(late.isOpen(Instant.parse("2026-10-25T00:10:00Z"))).isTrue();  // 02:10 CEST
            assertThat(late.isOpen(Instant.parse("2026-10-25T01:10:00Z"))).isFalse(); // 02:10 CET, again
        }

        @Test
        void newYorkDaysLast23And25HoursOnTheChangeovers() {
            BusinessTimeCalculator allDay = daily(newYork, OpeningInterval.of("00:00", "24:00"));
            Duration march8 = allDay.between(local("2026-03-08T00:00", newYork), local("2026-03-09T00:00", newYork));
            Duration november1 = allDay.between(local("2026-11-01T00:00", newYork), local("2026-11-02T00:00", newYork));
            assertThat(march8).isEqualTo(Duration.ofHours(23));
            assertThat(november1).isEqualTo(Duration.ofHours(25));
        }

        @Test
        void anOfficeDayAcrossTheChangeoverKeepsItsWallClockHours() {
            BusinessTimeCalculator office = daily(newYork, OpeningInterval.of("09:00", "17:00"));
            // Saturday 16:00 EST + 2 h → Sunday (spring forward) 10:00 EDT
            assertThat(office.add(local("2026-03-07T16:00", newYork), Duration.ofHours(2)))
                    .isEqualTo(local("2026-03-08T10:00", newYork));
            assertThat(office.between(local("2026-03-07T09:00", newYork), local("2026-03-09T09:00", newYork)))
                    .isEqualTo(Duration.ofHours(16));
        }
    }
}
