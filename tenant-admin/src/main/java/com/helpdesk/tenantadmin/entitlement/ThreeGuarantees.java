package com.helpdesk.tenantadmin.entitlement;

/**
 * The consumer "three guarantees" (三包) windows, all counted from the purchase date, which is
 * day 1: on day {@code returnDays} the customer may still return, on the day after no longer.
 *
 * @param returnDays              return, exchange or repair up to this day (law: 7)
 * @param exchangeDays            exchange or repair up to this day (law: 15)
 * @param repairDays              repair up to this day (law: 365)
 * @param failedRepairsForReturn  this many repairs of the same fault within the repair period
 *                                that left it still failing open a return (law: 2)
 */
public record ThreeGuarantees(int returnDays, int exchangeDays, int repairDays, int failedRepairsForReturn) {

    /** The figures of the consumer law for PCs and similar goods: 7, 15, 365 days; 2 failed repairs. */
    public static ThreeGuarantees consumerLaw() {
        return new ThreeGuarantees(7, 15, 365, 2);
    }
}
