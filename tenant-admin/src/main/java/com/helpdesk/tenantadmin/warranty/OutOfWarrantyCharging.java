package com.helpdesk.tenantadmin.warranty;

/**
 * The charging rule after warranty.
 *
 * @param rule        which rule
 * @param labourFee   for {@link ChargingRule#PARTS_AND_LABOUR_WITH_CONSENT}: the labour fee; absent means "per fee schedule"
 * @param callOutFee  for {@link ChargingRule#PARTS_AND_LABOUR_WITH_CONSENT}: the call-out fee; absent means none
 */
public record OutOfWarrantyCharging(ChargingRule rule, Money labourFee, Money callOutFee) {

    public static OutOfWarrantyCharging partsAtCostOnly() {
        return new OutOfWarrantyCharging(ChargingRule.PARTS_AT_COST_ONLY, null, null);
    }
}
