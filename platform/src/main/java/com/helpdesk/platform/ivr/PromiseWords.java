package com.helpdesk.platform.ivr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.helpdesk.telephony.ivr.Promise;
import com.helpdesk.telephony.ivr.Promise.Unit;

/**
 * A promise of the terms in the caller's words, zh or en: "我们将在2小时内（服务时间）回复您",
 * "we will call you back within 2 business hours". A business-time promise made outside service
 * hours starts when they begin, and says by when it falls due.
 */
final class PromiseWords {

    /** What is promised: a callback (first response) or the reply to a complaint. */
    enum Kind {
        CALLBACK, COMPLAINT_REPLY
    }

    private static final DateTimeFormatter EN_DUE = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DUE = DateTimeFormatter.ofPattern("M月d日（EEEE）HH:mm", Locale.CHINA);

    private PromiseWords() {
    }

    /**
     * @param within       the target, e.g. PT2H
     * @param businessTime whether it runs on the calendar's service hours
     * @param open         whether service hours include now
     * @param dueAt        when the promise falls due
     */
    static Promise of(Kind kind, Duration within, boolean businessTime, boolean open, Instant dueAt, ZoneId zone,
            String language) {
        Amount amount = Amount.of(within, businessTime);
        boolean afterOpening = businessTime && !open;
        boolean zh = "zh".equals(language);
        String span = zh ? zhSpan(amount, businessTime && !afterOpening) : enSpan(amount, businessTime);
        String words = zh ? zh(kind, span, afterOpening) : en(kind, span, afterOpening);
        if (afterOpening) {
            words += zh ? "，最迟" + ZH_DUE.format(dueAt.atZone(zone)) : ", by " + EN_DUE.format(dueAt.atZone(zone));
        }
        return new Promise(amount.value(), amount.unit(), businessTime, afterOpening, dueAt, zone, words);
    }

    /** The terms name no time for this: only "as soon as possible" is honest. */
    static Promise asSoonAsPossible(Kind kind, String language) {
        boolean zh = "zh".equals(language);
        return Promise.asSoonAsPossible(switch (kind) {
            case CALLBACK -> zh ? "我们将尽快回复您" : "we will call you back as soon as possible";
            case COMPLAINT_REPLY -> zh ? "我们将尽快答复您的投诉" : "we will reply to your complaint as soon as possible";
        });
    }

    private static String zh(Kind kind, String span, boolean afterOpening) {
        String start = afterOpening ? "我们将在服务时间开始后" : "我们将在";
        return start + span + (kind == Kind.CALLBACK ? "回复您" : "答复您的投诉");
    }

    private static String en(Kind kind, String span, boolean afterOpening) {
        String start = kind == Kind.CALLBACK ? "we will call you back within " : "we will reply to your complaint within ";
        return start + span + (afterOpening ? " once our service hours begin" : "");
    }

    /** "2小时内（服务时间）", "10分钟内". */
    private static String zhSpan(Amount amount, boolean businessTime) {
        String unit = switch (amount.unit()) {
            case MINUTES -> "分钟";
            case HOURS -> "小时";
            case DAYS -> "天";
        };
        return amount.value() + unit + "内" + (businessTime ? "（服务时间）" : "");
    }

    /** "2 business hours", "10 minutes", "1 hour". */
    private static String enSpan(Amount amount, boolean businessTime) {
        String unit = amount.unit().name().toLowerCase(Locale.ROOT);
        if (amount.value() == 1) {
            unit = unit.substring(0, unit.length() - 1);
        }
        return amount.value() + (businessTime ? " business " : " ") + unit;
    }

    /**
     * A duration in the largest unit that says it exactly: PT2H is 2 hours, PT90M 90 minutes, P2D
     * 2 days. Business time is never said in days: 48 business hours are several working days.
     */
    record Amount(long value, Unit unit) {

        static Amount of(Duration within, boolean businessTime) {
            long minutes = Math.max(1, within.toMinutes());
            if (!businessTime && minutes % (24 * 60) == 0 && minutes >= 2 * 24 * 60) {
                return new Amount(minutes / (24 * 60), Unit.DAYS);
            }
            if (minutes % 60 == 0) {
                return new Amount(minutes / 60, Unit.HOURS);
            }
            return new Amount(minutes, Unit.MINUTES);
        }
    }
}
