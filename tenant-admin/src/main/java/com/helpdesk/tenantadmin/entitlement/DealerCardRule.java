package com.helpdesk.tenantadmin.entitlement;

/**
 * For units sold by a dealer: the warranty card must reach the vendor by day {@code withinDays}
 * (the sale date is day 1), or the vendor does not recognise warranty claims for the unit.
 * Statutory three-guarantees rights are not the vendor's to withdraw and stay unaffected.
 */
public record DealerCardRule(int withinDays) {
}
