package com.helpdesk.tenantadmin.entitlement;

/** What a customer may ask for. */
public enum Remedy {
    RETURN,
    EXCHANGE,
    REPAIR,
    /** A new unit of the same brand and model, under the vendor's repeated-failure rule. */
    REPLACEMENT
}
