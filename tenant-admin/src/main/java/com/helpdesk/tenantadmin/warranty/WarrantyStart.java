package com.helpdesk.tenantadmin.warranty;

/** The date a warranty counts from; vendors differ. */
public enum WarrantyStart {
    /** The day of sale. */
    PURCHASE,
    /** The day the installation was accepted (验收合格之日). */
    ACCEPTANCE
}
