package com.helpdesk.tenantadmin.calendar;

import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BusinessCalendarTests {

    private static final ZoneId SHANGHAI = RealisticCalendar.SHANGHAI;
    private static final LocalDate SATURDAY = LocalDate.parse("2026-03-14");

    private static Map<DayOfWeek, List<OpeningInterval>> monday(OpeningInterval... hours) {
        Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(DayOfWeek.MONDAY, List.of(hours));
        return weekly;
    }

    private static List<Violation> violations(Runnable construction) {
        return catchThrowableOfType(InvalidInputException.class, construction::run).violations();
    }

    private static List<String> fields(Runnable construction) {
        return violations(construction).stream().map(Violation::field).toList();
    }

    @Test
    void anIntervalMustStartBeforeItEnds() {
        assertThat(fields(() -> new BusinessCalendar(SHANGHAI, false,
                monday(OpeningInterval.of("12:00", "08:30")), List.of(), List.of(), null)))
                .contains("weeklyHours.MONDAY[0]");
    }

    @Test
    void intervalsOfADayMustNotOverlapButMayTouch() {
        assertThat(fields(() -> new BusinessCalendar(SHANGHAI, false,
                monday(OpeningInterval.of("08:30", "12:00"), OpeningInterval.of("11:00", "17:30")), List.of(), List.of(), null)))
                .containsExactly("weeklyHours.MONDAY[1]");
        new BusinessCalendar(SHANGHAI, false,
                monday(OpeningInterval.of("08:30", "12:00"), OpeningInterval.of("12:00", "17:30")), List.of(), List.of(), null);
    }

    @Test
    void timesOfDayRunFromMidnightTo24() {
        assertThat(TimeOfDay.parse("24:00").secondOfDay()).isEqualTo(86_400);
        assertThat(TimeOfDay.parse("08:30:15")).hasToString("08:30:15");
        assertThatThrownBy(() -> TimeOfDay.parse("24:01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TimeOfDay.parse("8:30")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCalendarMustOpenOnSomeWeekday() {
        assertThat(fields(() -> new BusinessCalendar(SHANGHAI, false, Map.of(), List.of(), List.of(), null)))
                .containsExactly("weeklyHours");
    }

    @Test
    void aroundTheClockTakesNoHours() {
        assertThat(fields(() -> new BusinessCalendar(SHANGHAI, true,
                monday(OpeningInterval.of("08:30", "12:00")), List.of(), List.of(), null)))
                .containsExactly("aroundTheClock");
    }

    @Test
    void holidaysMustNotEndBeforeTheyStartNorOverlap() {
        List<Holiday> holidays = List.of(
                new Holiday("a", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07"), List.of()),
                new Holiday("b", LocalDate.parse("2026-05-05"), LocalDate.parse("2026-05-01"), List.of()),
                Holiday.closed("c", LocalDate.parse("2026-10-03")));
        assertThat(fields(() -> RealisticCalendar.office().withDays(holidays, List.of())))
                .containsExactly("holidays[1].through", "holidays[2].date");
    }

    @Test
    void makeUpDaysNeedExactlyOneSourceOfHoursThatOpens() {
        List<MakeUpDay> days = List.of(
                new MakeUpDay("none", SATURDAY, null, List.of()),
                new MakeUpDay("both", SATURDAY.plusDays(7), DayOfWeek.MONDAY, List.of(OpeningInterval.of("09:00", "12:00"))),
                MakeUpDay.worksAs("closed weekday", SATURDAY.plusDays(14), DayOfWeek.SUNDAY),
                MakeUpDay.worksAs("on a holiday", LocalDate.parse("2026-10-02"), DayOfWeek.MONDAY),
                MakeUpDay.worksAs("twice", SATURDAY, DayOfWeek.MONDAY));
        assertThat(fields(() -> RealisticCalendar.office().withDays(RealisticCalendar.holidays2026(), days)))
                .containsExactly("makeUpDays[0]", "makeUpDays[1]", "makeUpDays[2].worksAs", "makeUpDays[3].date",
                        "makeUpDays[4].date");
    }

    @Test
    void reportsEveryViolationAtOnce() {
        Map<DayOfWeek, List<OpeningInterval>> weekly = monday(OpeningInterval.of("12:00", "08:30"));
        weekly.put(DayOfWeek.TUESDAY, List.of(OpeningInterval.of("08:00", "12:00"), OpeningInterval.of("09:00", "10:00")));
        List<Violation> found = violations(() -> new BusinessCalendar(null, false, weekly,
                List.of(new Holiday("x", null, null, List.of())), List.of(), null));
        assertThat(found).extracting(Violation::field)
                .containsExactly("zone", "weeklyHours.MONDAY[0]", "weeklyHours.TUESDAY[1]", "holidays[0].date");
        assertThat(found.get(2).message()).isEqualTo("overlaps 08:00–12:00");
    }

    @Test
    void aDatesHoursComeFromItsHolidayThenItsMakeUpDayThenItsWeekday() {
        BusinessCalendar kunlunLike = RealisticCalendar.office().withDays(
                List.of(new Holiday("国庆节", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07"),
                        List.of(OpeningInterval.of("08:30", "17:30")))),
                RealisticCalendar.makeUpDays2026());
        assertThat(kunlunLike.hoursOn(LocalDate.parse("2026-10-05"))).containsExactly(OpeningInterval.of("08:30", "17:30"));
        assertThat(kunlunLike.hoursOn(LocalDate.parse("2026-10-10"))).hasSize(2);
        assertThat(kunlunLike.hoursOn(LocalDate.parse("2026-10-11"))).isEmpty();
    }

    @Test
    void violationsCanBeReRootedUnderTheirParent() {
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> new BusinessCalendar(SHANGHAI, false, Map.of(), List.of(), List.of(), null));
        assertThat(problem.within("calendar").violations()).extracting(Violation::field).containsExactly("calendar.weeklyHours");
    }
}
