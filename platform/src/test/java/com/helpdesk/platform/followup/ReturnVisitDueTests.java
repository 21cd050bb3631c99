package com.helpdesk.platform.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.terms.ServiceTerms;

/**
 * Return-visit due times on the example vendors' calendars in {@code infra/demo/terms}, worked out
 * by hand (Beijing time; 2026-11-23 is a Monday): huaxin visits within 3 working days (Mon–Fri,
 * closed on public holidays, open on make-up days), kunlun within 7 days (its desk opens every day,
 * holidays with shorter hours), sunhome within 7 days around the clock.
 */
class ReturnVisitDueTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void huaxinCountsWorkingDaysAndIsDueWhenTheThirdCloses() throws Exception {
        // Friday: Monday, Tuesday, Wednesday; the desk closes at 17:30.
        assertThat(due("huaxin", "2026-11-27T10:00")).isEqualTo(at("2026-12-02T17:30"));
    }

    @Test
    void huaxinSkipsTheNationalDayHolidayAndCountsTheMakeUpSaturday() throws Exception {
        // 1–7 October closed; Thursday 8th, Friday 9th, and Saturday 10th, a make-up working day.
        assertThat(due("huaxin", "2026-09-30T15:00")).isEqualTo(at("2026-10-10T17:30"));
    }

    @Test
    void huaxinResolvedOnASundayStartsCountingOnMonday() throws Exception {
        assertThat(due("huaxin", "2026-11-29T09:00")).isEqualTo(at("2026-12-02T17:30"));
    }

    @Test
    void kunlunCountsEveryDayItsDeskOpensAndEndsAtThatDaysClosing() throws Exception {
        // The seventh day is Monday 30 November, open until 21:00.
        assertThat(due("kunlun", "2026-11-23T10:00")).isEqualTo(at("2026-11-30T21:00"));
        // The seventh day is Sunday 29 November, open until 17:30.
        assertThat(due("kunlun", "2026-11-22T10:00")).isEqualTo(at("2026-11-29T17:30"));
    }

    @Test
    void kunlunHolidayHoursDecideTheClosingOfAHolidayDueDate() throws Exception {
        // The seventh day is 7 October, National Day, when the desk opens 08:30–17:30.
        assertThat(due("kunlun", "2026-09-30T20:00")).isEqualTo(at("2026-10-07T17:30"));
    }

    @Test
    void sunhomeAroundTheClockIsDueAtTheEndOfTheSeventhDay() throws Exception {
        assertThat(due("sunhome", "2026-11-23T10:00")).isEqualTo(at("2026-12-01T00:00"));
    }

    private static Instant due(String tenant, String resolvedAt) throws Exception {
        ServiceTerms terms = JsonMapper.builder().build()
            .readValue(Files.readString(Path.of("..", "infra", "demo", "terms", tenant + ".json")), ServiceTerms.class);
        return ReturnVisitDue.of(terms.returnVisit(), terms.calendar(), at(resolvedAt));
    }

    private static Instant at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(BEIJING).toInstant();
    }
}
