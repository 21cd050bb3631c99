package com.helpdesk.platform.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.ivr.PromiseWords.Kind;
import com.helpdesk.telephony.ivr.Promise;

class PromiseWordsTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant MONDAY_1030 = Instant.parse("2026-11-23T02:30:00Z");

    @Test
    void aBusinessTimePromiseInServiceHoursSaysBusinessHours() {
        Promise en = PromiseWords.of(Kind.CALLBACK, Duration.ofHours(2), true, true, MONDAY_1030, SHANGHAI, "en");
        Promise zh = PromiseWords.of(Kind.CALLBACK, Duration.ofHours(2), true, true, MONDAY_1030, SHANGHAI, "zh");

        assertThat(en.words()).isEqualTo("we will call you back within 2 business hours");
        assertThat(zh.words()).isEqualTo("我们将在2小时内（服务时间）回复您");
        assertThat(en.amount()).isEqualTo(2);
        assertThat(en.unit()).isEqualTo(Promise.Unit.HOURS);
        assertThat(en.businessTime()).isTrue();
        assertThat(en.afterOpening()).isFalse();
    }

    @Test
    void anAroundTheClockPromiseCountsRealTime() {
        assertThat(PromiseWords.of(Kind.CALLBACK, Duration.ofMinutes(10), false, false, MONDAY_1030, SHANGHAI, "en")
            .words()).isEqualTo("we will call you back within 10 minutes");
        assertThat(PromiseWords.of(Kind.CALLBACK, Duration.ofHours(1), false, true, MONDAY_1030, SHANGHAI, "en")
            .words()).isEqualTo("we will call you back within 1 hour");
        assertThat(PromiseWords.of(Kind.CALLBACK, Duration.ofMinutes(5), false, true, MONDAY_1030, SHANGHAI, "zh")
            .words()).isEqualTo("我们将在5分钟内回复您");
    }

    @Test
    void outsideServiceHoursABusinessPromiseStartsAtOpeningAndSaysByWhen() {
        Promise en = PromiseWords.of(Kind.CALLBACK, Duration.ofHours(2), true, false, MONDAY_1030, SHANGHAI, "en");
        Promise zh = PromiseWords.of(Kind.CALLBACK, Duration.ofHours(2), true, false, MONDAY_1030, SHANGHAI, "zh");

        assertThat(en.words()).isEqualTo(
                "we will call you back within 2 business hours once our service hours begin, by Monday 23 November 10:30");
        assertThat(zh.words()).isEqualTo("我们将在服务时间开始后2小时内回复您，最迟11月23日（星期一）10:30");
        assertThat(en.afterOpening()).isTrue();
        assertThat(en.dueAt()).isEqualTo(MONDAY_1030);
    }

    @Test
    void aComplaintReplyHasItsOwnWords() {
        assertThat(PromiseWords.of(Kind.COMPLAINT_REPLY, Duration.ofHours(12), false, true, MONDAY_1030, SHANGHAI,
                "zh").words()).isEqualTo("我们将在12小时内答复您的投诉");
        assertThat(PromiseWords.of(Kind.COMPLAINT_REPLY, Duration.ofMinutes(10), false, true, MONDAY_1030, SHANGHAI,
                "en").words()).isEqualTo("we will reply to your complaint within 10 minutes");
        assertThat(PromiseWords.asSoonAsPossible(Kind.COMPLAINT_REPLY, "en").timed()).isFalse();
    }

    @Test
    void durationsAreSaidInTheLargestExactUnitButBusinessTimeNeverInDays() {
        assertThat(PromiseWords.Amount.of(Duration.ofMinutes(90), false))
            .isEqualTo(new PromiseWords.Amount(90, Promise.Unit.MINUTES));
        assertThat(PromiseWords.Amount.of(Duration.ofDays(3), false))
            .isEqualTo(new PromiseWords.Amount(3, Promise.Unit.DAYS));
        assertThat(PromiseWords.Amount.of(Duration.ofDays(3), true))
            .isEqualTo(new PromiseWords.Amount(72, Promise.Unit.HOURS));
        assertThat(PromiseWords.Amount.of(Duration.ofHours(24), false))
            .isEqualTo(new PromiseWords.Amount(24, Promise.Unit.HOURS));
    }
}
