package com.helpdesk.platform.followup;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A return visit (回访) as stored: the follow-up call owed after one resolution of a ticket.
 *
 * @param engineerName  whose work the customer judges: the partner's engineer on site, else the
 *                      staff member who recorded the fix
 * @param attempts      calls that did not reach the customer
 * @param nextAttemptAt when to try again after a call that did not reach the customer
 */
record ReturnVisit(UUID id, UUID ticketId, long ticketNumber, Instant resolvedAt, UUID customerId, String callerName,
        String callerPhone, boolean keyCustomer, String engineerName, UUID partnerId, Instant dueAt, Status status,
        int attempts, Instant nextAttemptAt, String note, UUID visitedBy, Instant visitedAt, int version,
        Instant createdAt) {

    /** When the clerk should call: the next attempt after a miss, else the due time. */
    Instant callBy() {
        return nextAttemptAt != null ? nextAttemptAt : dueAt;
    }

    enum Status {
        /** Not called yet. */
        DUE("due"),
        /** Called, the customer was not reached; try again at {@code nextAttemptAt}. */
        RETRY("retry"),
        REACHED("reached"),
        /** The customer says the fault is back: the ticket was reopened. */
        PROBLEM_PERSISTS("problem-persists"),
        /** Not reached in the allowed number of attempts. */
        UNREACHABLE("unreachable");

        private final String value;

        Status(String value) {
            this.value = value;
        }

        @JsonValue
        String value() {
            return value;
        }

        boolean open() {
            return this == DUE || this == RETRY;
        }

        static Optional<Status> of(String value) {
            return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
        }
    }
}
