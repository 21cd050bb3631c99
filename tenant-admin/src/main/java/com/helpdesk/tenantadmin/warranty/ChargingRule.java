package com.helpdesk.tenantadmin.warranty;

/** What a repair costs once a component is out of warranty. */
public enum ChargingRule {
    /** Parts at cost only; no labour or call-out fee. */
    PARTS_AT_COST_ONLY,
    /** Parts plus labour (and call-out) per the fee schedule, shown to the customer, who consents before repair. */
    PARTS_AND_LABOUR_WITH_CONSENT
}
