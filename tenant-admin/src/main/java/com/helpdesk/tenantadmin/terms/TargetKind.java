package com.helpdesk.tenantadmin.terms;

/** What a deadline is for. */
public enum TargetKind {
    FIRST_RESPONSE,
    ESCALATION,
    RESTORE,
    RESOLVE,
    ON_SITE,
    /** A further named target, such as a spare unit delivered. */
    EXTRA
}
