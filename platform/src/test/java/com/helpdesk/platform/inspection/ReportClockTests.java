package com.helpdesk.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.calendar.BusinessCalendar;
import com.helpdesk.tenantadmin.terms.ServiceTerms;

/**
 * "Report within 3 working days" on the example tenants' calendars ({@code infra/demo/terms}),
 * worked out by hand (Beijing time). 2026: National Day 1–7 October with Saturday 10 October a
 * make-up working day; Mid-Autumn 25–27 September with Sunday 20 September a make-up day.
 */
class ReportClockTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void huaxinSkipsTheNationalDayHolidayAndCountsTheSaturdayMakeUpDay() throws Exception {
        // Wed 30 Sep visit: 1–7 Oct closed; Thu 8, Fri 9, Sat 10 (make-up) are the three working days.
        ReportClock clock = ReportClock.after(LocalDate.parse("2026-09-30"), 3, calendar("huaxin"));

        assertThat(clock.dueAt()).isEqualTo(at("2026-10-10T17:30"));
        assertThat(clock.warnAt()).isEqualTo(at("2026-10-10T08:30"));
    }

    @Test
    void huaxinCountsASundayMakeUpDayButNotTheWeekendAround() throws Exception {
        // Fri 18 Sep visit: Sat 19 no, Sun 20 make-up (1), Mon 21 (2), Tue 22 (3).
        assertThat(ReportClock.after(LocalDate.parse("2026-09-18"), 3, calendar("huaxin")).dueAt())
            .isEqualTo(at("2026-09-22T17:30"));
        // Wed 23 Sep visit: Thu 24 (1), 25–27 holiday, Mon 28 (2), Tue 29 (3).
        assertThat(ReportClock.after(LocalDate.parse("2026-09-23"), 3, calendar("huaxin")).dueAt())
            .isEqualTo(at("2026-09-29T17:30"));
    }

    @Test
    void kunlunsOpenWeekendsAreStillNoWorkingDaysAndTheDueTimeIsItsWeekdayClose() throws Exception {
        // Phones answer on Saturdays, but Fri 20 Nov → Mon 23, Tue 24, Wed 25, closing at 21:00.
        assertThat(ReportClock.after(LocalDate.parse("2026-11-20"), 3, calendar("kunlun")).dueAt())
            .isEqualTo(at("2026-11-25T21:00"));
        // The make-up Saturday works as a Monday: until 21:00.
        assertThat(ReportClock.after(LocalDate.parse("2026-09-30"), 3, calendar("kunlun")).dueAt())
            .isEqualTo(at("2026-10-10T21:00"));
    }

    @Test
    void sunhomesAroundTheClockCalendarCountsWeekdaysToTheEndOfTheDay() throws Exception {
        ReportClock clock = ReportClock.after(LocalDate.parse("2026-09-18"), 3, calendar("sunhome"));

        assertThat(clock.dueAt()).isEqualTo(at("2026-09-24T00:00"));
        assertThat(clock.warnAt()).isEqualTo(at("2026-09-23T00:00"));
    }

    private static BusinessCalendar calendar(String tenant) throws Exception {
        Path file = Path.of("..", "infra", "demo", "terms", tenant + ".json");
        return JsonMapper.builder().build().readValue(Files.readString(file), ServiceTerms.class).calendar();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }
}
