package com.helpdesk.tenantadmin.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laws of business time over random calendars (zones with and without daylight saving, including
 * Lord Howe's half-hour shift), random instants in 2025–2027 and durations up to ten days.
 */
class BusinessTimePropertiesTests {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Shanghai"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));
    private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond();
    private static final Duration ONE_NANO = Duration.ofNanos(1);

    /** A calendar plus the calculator for it, built once per sample. */
    record Sample(BusinessCalendar calendar, BusinessTimeCalculator clock) {
        @Override
        public String toString() {
            return calendar.toString();
        }
    }

    @Provide
    Arbitrary<Sample> calendars() {
        return Arbitraries.randomValue(BusinessTimePropertiesTests::randomCalendar)
                .map(calendar -> new Sample(calendar, BusinessTimeCalculator.of(calendar)));
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(FROM, TO);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Duration> durations() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 3_600).map(m -> m * 60),
                Arbitraries.longs().between(0, 10 * 86_400));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Duration::ofSeconds);
    }

    @Property(tries = 400)
    void betweenTheStartAndTheDueTimeIsTheDuration(@ForAll("calendars") Sample s, @ForAll("instants") Instant start,
                                                   @ForAll("durations") Duration d) {
        assertThat(s.clock.between(start, s.clock.add(start, d))).isEqualTo(d);
    }

    @Property(tries = 400)
    void dueTimesEndAnOpenStretchAndAreTheEarliestPossible(@ForAll("calendars") Sample s, @ForAll("instants") Instant start,
                                                           @ForAll("durations") Duration d) {
        Instant due = s.clock.add(start, d);
        if (d.isZero()) {
            assertThat(due).isEqualTo(start);
            return;
        }
        assertThat(s.clock.isOpen(due.minus(ONE_NANO))).as("the last counted nanosecond is open").isTrue();
        assertThat(s.clock.between(start, due.minus(ONE_NANO))).isLessThan(d);
    }

    @Property(tries = 300)
    void addIsMonotone(@ForAll("calendars") Sample s, @ForAll("instants") Instant a, @ForAll("instants") Instant b,
                       @ForAll("durations") Duration d, @ForAll("durations") Duration e) {
        Instant early = a.isBefore(b) ? a : b;
        Instant late = a.isBefore(b) ? b : a;
        assertThat(s.clock.add(early, d)).isBeforeOrEqualTo(s.clock.add(late, d));
        Duration shorter = d.compareTo(e) < 0 ? d : e;
        Duration longer = d.compareTo(e) < 0 ? e : d;
        assertThat(s.clock.add(early, shorter)).isBeforeOrEqualTo(s.clock.add(early, longer));
    }

    @Property(tries = 300)
    void betweenAddsUpOverConsecutiveStretches(@ForAll("calendars") Sample s, @ForAll("instants") Instant a,
                                               @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
        assertThat(s.clock.between(a, b).plus(s.clock.between(b, c))).isEqualTo(s.clock.between(a, c));
        assertThat(s.clock.between(a, b)).isEqualTo(s.clock.between(b, a).negated());
    }

    @Property(tries = 300)
    void pausesNeverCount(@ForAll("calendars") Sample s, @ForAll("instants") Instant a, @ForAll("instants") Instant b,
                          @ForAll("instants") Instant p, @ForAll("durations") Duration pauseLength) {
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        Pause pause = new Pause(p, p.plus(pauseLength));
        Instant overlapStart = p.isAfter(from) ? p : from;
        Instant overlapEnd = pause.end().isBefore(to) ? pause.end() : to;
        Duration paused = overlapStart.isBefore(overlapEnd) ? s.clock.between(overlapStart, overlapEnd) : Duration.ZERO;
        assertThat(s.clock.between(from, to, List.of(pause))).isEqualTo(s.clock.between(from, to).minus(paused));
    }

    @Property(tries = 300)
    void aPauseBeforeTheDueTimePushesItByExactlyThePausedBusinessTime(
            @ForAll("calendars") Sample s, @ForAll("instants") Instant start, @ForAll("durations") Duration d,
            @ForAll("durations") Duration offset, @ForAll("durations") Duration pauseLength) {
        Instant due = s.clock.add(start, d);
        Instant pauseStart = start.plus(offset);
        if (!pauseStart.isBefore(due)) {
            return;
        }
        Pause pause = new Pause(pauseStart, pauseStart.plus(pauseLength));
        Duration pausedBusinessTime = s.clock.between(pause.start(), pause.end());
        Instant pushed = s.clock.add(start, d, List.of(pause));
        assertThat(pushed).isEqualTo(s.clock.add(start, d.plus(pausedBusinessTime)));
        assertThat(s.clock.between(due, pushed)).isEqualTo(pausedBusinessTime);
    }

    @Property(tries = 300)
    void betweenWithPausesOfAddWithPausesIsTheDuration(@ForAll("calendars") Sample s, @ForAll("instants") Instant start,
                                                       @ForAll("durations") Duration d, @ForAll("instants") Instant p1,
                                                       @ForAll("durations") Duration l1, @ForAll("instants") Instant p2) {
        List<Pause> pauses = List.of(new Pause(p1, p1.plus(l1)), new Pause(p2, p2.plus(Duration.ofHours(5))));
        Instant due = s.clock.add(start, d, pauses);
        assertThat(s.clock.between(start, due, pauses)).isEqualTo(d);
    }

    @Property(tries = 300)
    void closedTimeCountsNothingAndBusinessTimeNeverExceedsRealTime(@ForAll("calendars") Sample s,
                                                                    @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        assertThat(s.clock.between(a, s.clock.nextOpening(a))).isZero();
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        assertThat(s.clock.between(from, to)).isBetween(Duration.ZERO, Duration.between(from, to));
    }

    /** A slow reference: sum, date by date, the overlap of [from, to) with that date's hours (zones without offset changes). */
    @Property(tries = 300)
    void betweenAgreesWithADateByDateReferenceSum(@ForAll("calendars") Sample s, @ForAll("instants") Instant a,
                                                  @ForAll("instants") Instant b) {
        ZoneId zone = s.calendar.zone();
        if (zone.getRules().nextTransition(Instant.ofEpochSecond(FROM)) != null) {
            return;
        }
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        Duration expected = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            for (OpeningInterval hours : s.calendar.hoursOn(date)) {
                Instant open = date.atStartOfDay(zone).plusSeconds(hours.from().secondOfDay()).toInstant();
                Instant close = date.atStartOfDay(zone).plusSeconds(hours.to().secondOfDay()).toInstant();
                Instant start = open.isAfter(from) ? open : from;
                Instant end = close.isBefore(to) ? close : to;
                if (start.isBefore(end)) {
                    expected = expected.plus(Duration.between(start, end));
                }
            }
        }
        assertThat(s.clock.between(from, to)).isEqualTo(expected);
    }

    /** An oracle independent of the timeline: on a day without an offset change, open means "in that date's hours". */
    @Property(tries = 500)
    void isOpenAgreesWithTheWallClockOnOrdinaryDays(@ForAll("calendars") Sample s, @ForAll("instants") Instant t) {
        ZoneId zone = s.calendar.zone();
        ZonedDateTime local = t.atZone(zone);
        LocalDate date = local.toLocalDate();
        boolean changeover = !zone.getRules().getOffset(date.atStartOfDay(zone).toInstant())
                .equals(zone.getRules().getOffset(date.plusDays(1).atStartOfDay(zone).toInstant()));
        if (changeover) {
            return;
        }
        int second = local.toLocalTime().toSecondOfDay();
        boolean expected = s.calendar.hoursOn(date).stream()
                .anyMatch(h -> h.from().secondOfDay() <= second && second < h.to().secondOfDay());
        assertThat(s.clock.isOpen(t)).isEqualTo(expected);
    }

    private static BusinessCalendar randomCalendar(Random random) {
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(4) > 0) {
                weekly.put(day, randomDay(random));
            }
        }
        if (weekly.values().stream().allMatch(List::isEmpty)) {
            weekly.put(DayOfWeek.WEDNESDAY, List.of(OpeningInterval.of("09:00", "17:00")));
        }
        Set<LocalDate> used = new HashSet<>();
        List<Holiday> holidays = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            LocalDate date = randomDate(random);
            if (used.add(date)) {
                holidays.add(new Holiday("h", date, null, random.nextBoolean() ? List.of() : randomDay(random)));
            }
        }
        List<DayOfWeek> openDays = weekly.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        List<MakeUpDay> makeUpDays = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            LocalDate date = randomDate(random);
            if (used.add(date)) {
                makeUpDays.add(random.nextBoolean()
                        ? MakeUpDay.worksAs("m", date, openDays.get(random.nextInt(openDays.size())))
                        : new MakeUpDay("m", date, null, nonEmptyRandomDay(random)));
            }
        }
        return new BusinessCalendar(zone, false, weekly, holidays, makeUpDays, null);
    }

    /** 0–3 intervals on quarter-hour boundaries, sometimes touching, sometimes reaching 24:00. */
    private static List<OpeningInterval> randomDay(Random random) {
        int count = random.nextInt(4);
        List<Integer> quarters = random.ints(0, 97).distinct().limit(count * 2L).sorted().boxed().toList();
        List<OpeningInterval> day = new ArrayList<>();
        for (int k = 0; k + 1 < quarters.size(); k += 2) {
            day.add(new OpeningInterval(new TimeOfDay(quarters.get(k) * 900), new TimeOfDay(quarters.get(k + 1) * 900)));
        }
        return day;
    }

    private static List<OpeningInterval> nonEmptyRandomDay(Random random) {
        List<OpeningInterval> day = randomDay(random);
        return day.isEmpty() ? List.of(OpeningInterval.of("10:00", "11:00")) : day;
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365));
    }
}
