package com.helpdesk.platform.report;

import java.time.Instant;
import java.util.List;

/**
 * One tenant's quality report for one month, as the API answers it. Rates are shares between 0 and
 * 1 (four decimals), null when there was nothing to measure. The month's tickets are those reported
 * in it (tenant's time zone), and every ticket figure (promises, fixes, dispatches) is about them, so a
 * month's report settles as its tickets are closed; complaints count by when they were received.
 *
 * @param reopenWindowDays the first-time-fix window: see {@link FirstTimeFix}
 */
public record QualityReport(String tenant, String tenantName, String month, String timeZone, Instant from,
        Instant to, Instant generatedAt, long reopenWindowDays, Volume volume, List<Compliance> slaByKind,
        List<Compliance> slaByZone, FirstTimeFix firstTimeFix, RepeatFaults repeatFaults, List<PartnerFigures> partners,
        Complaints complaints, Satisfaction satisfaction) {

    /** Tickets reported in the month, resolved ones among them, by product line, model and cause. */
    public record Volume(long tickets, long resolved, List<LineCount> byProductLine, List<ModelCount> byModel,
            List<CauseCount> byCause) {

        Volume withCauses(List<CauseCount> causes) {
            return new Volume(tickets, resolved, byProductLine, byModel, causes);
        }
    }

    public record LineCount(String productLine, long tickets, long resolved) {
    }

    public record ModelCount(String productLine, String model, long tickets) {
    }

    /**
     * A fault cause and how many of the month's tickets it explains. The causes beyond the top ones
     * are summed as {@code other: true}; tickets with no resolution yet as {@code unresolved: true}.
     */
    public record CauseCount(String cause, long tickets, boolean other, boolean unresolved) {
    }

    /**
     * Promises of one kind (and region zone, for {@code slaByZone}; empty zone: tickets without an
     * on-site promise) on the month's tickets. Superseded promises (the severity changed) are not
     * counted; {@code running} ones are neither kept nor broken yet and stay out of the rate.
     * {@code rate} = metOnTime / (metOnTime + metLate + breached).
     */
    public record Compliance(String zone, String kind, long promises, long metOnTime, long metLate, long breached,
            long running, Double rate) {
    }

    /**
     * First-time fix: of the month's tickets resolved at least once, those that needed at most one
     * engineer visit (a partner's check-in on site; none for a fix by phone) and were not reopened
     * within the window after their first resolution. {@code rate} = firstTimeFixed / resolved.
     */
    public record FirstTimeFix(long resolved, long firstTimeFixed, long withoutVisit, long oneVisit,
            long severalVisits, long reopenedWithinWindow, Double rate) {
    }

    /**
     * The same device repaired more than once for the same cause (causes compared trimmed and
     * case-insensitively), counting the repairs of tickets reported up to the month's end, where
     * one of them was reported in the month. {@code devices} and {@code faults} count them all;
     * {@code top} lists the most repaired.
     */
    public record RepeatFaults(long devices, long faults, List<RepeatFault> top) {
    }

    public record RepeatFault(String serialNumber, String productLine, String model, String cause, long repairs,
            Instant lastRepairedAt) {
    }

    /**
     * A partner's dispatches for the month's tickets: accepted (at any time; acceptedInTime within the
     * partner's own acceptance target), refused, engineers checked in on site, and check-ins that met
     * or missed the ticket's on-site promise (check-ins on tickets without one are in neither).
     */
    public record PartnerFigures(String partnerId, String name, long dispatches, long accepted, long acceptedInTime,
            long refused, long checkedIn, long onSiteMet, long onSiteLate, Double acceptanceRate, Double onSiteRate) {
    }

    /**
     * Complaints received in the month: those with a reply target (the terms promise one), replied
     * within and after it, and still unanswered past it. {@code rate} = repliedInTime / withTarget.
     */
    public record Complaints(long received, long withTarget, long repliedInTime, long repliedLate, long overdue,
            long unanswered, Double rate) {
    }

    /** Satisfaction surveys, from {@link SatisfactionSource}; {@code available: false} while none are kept. */
    public record Satisfaction(boolean available, long surveysSent, long responses, Double responseRate,
            Double averageScore, long satisfied, Double satisfiedRate) {

        static final Satisfaction NO_DATA = new Satisfaction(false, 0, 0, null, null, 0, null);

        static Satisfaction of(SatisfactionSource.SatisfactionFigures f) {
            return new Satisfaction(true, f.surveysSent(), f.responses(), Rates.of(f.responses(), f.surveysSent()),
                    f.averageScore(), f.satisfied(), Rates.of(f.satisfied(), f.responses()));
        }
    }
}
