package com.helpdesk.platform.ticket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a ticket stands. The transitions follow the repair: a ticket is acknowledged (first
 * contact), dispatched to a service partner, the engineer arrives on site, service is restored,
 * the fault resolved, the ticket closed. Waiting for the customer pauses every clock and returns
 * to where the ticket was; a resolved or closed ticket may be reopened.
 */
public enum TicketStatus {
    NEW("new"),
    ACKNOWLEDGED("acknowledged"),
    DISPATCHED("dispatched"),
    ON_SITE("on-site"),
    RESTORED("restored"),
    RESOLVED("resolved"),
    CLOSED("closed"),
    WAITING_FOR_CUSTOMER("waiting-for-customer"),
    REOPENED("reopened");

    private final String value;

    TicketStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<TicketStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** Whether the repair is still under way, so the ticket shows in "open tickets". */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    /**
     * Where a ticket may go from here. Waiting is left through {@link #WAITING_FOR_CUSTOMER}'s own
     * rule (back to the status before the wait, or on from there), which needs that status.
     */
    Set<TicketStatus> next() {
        return switch (this) {
            case NEW, ACKNOWLEDGED, REOPENED -> EnumSet.of(ACKNOWLEDGED, DISPATCHED, ON_SITE, RESTORED, RESOLVED,
                    WAITING_FOR_CUSTOMER);
            case DISPATCHED -> EnumSet.of(ACKNOWLEDGED, ON_SITE, RESTORED, RESOLVED, WAITING_FOR_CUSTOMER);
            case ON_SITE -> EnumSet.of(RESTORED, RESOLVED, WAITING_FOR_CUSTOMER);
            case RESTORED -> EnumSet.of(RESOLVED, WAITING_FOR_CUSTOMER, REOPENED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
            case WAITING_FOR_CUSTOMER -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    /** Whether {@code to} may follow, {@code beforeWait} being where a waiting ticket was. */
    boolean mayGoTo(TicketStatus to, TicketStatus beforeWait) {
        if (this == WAITING_FOR_CUSTOMER) {
            return to == beforeWait || (beforeWait != null && beforeWait.next().contains(to)
                    && to != WAITING_FOR_CUSTOMER);
        }
        return to != this && next().contains(to) && !(this == NEW && to == NEW);
    }
}
