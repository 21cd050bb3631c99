package com.helpdesk.tenantadmin.terms;

/** Which clock a target runs on. */
public enum ClockKind {
    /** Business time on the terms' calendar: stops outside service hours. */
    BUSINESS,
    /** Real time, 7×24, whatever the calendar says. */
    AROUND_THE_CLOCK
}
