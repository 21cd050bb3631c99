package com.helpdesk.tenantadmin.entitlement;

/**
 * The vendor's rule: within warranty, the same device repaired this many times for the same
 * fault and still failing is replaced with a new unit of the same brand and model.
 */
public record ReplacementRule(int failedRepairs) {
}
