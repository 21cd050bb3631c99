package com.helpdesk.platform.ticket;

import java.util.UUID;

import com.helpdesk.tenantadmin.Violations;

/** Bodies of the ticket changes. Boxed fields: a missing one is reported, not defaulted. */
final class TicketRequests {

    static final int MAX_REASON = 1000;
    static final int MAX_NOTE = 8000;

    private TicketRequests() {
    }

    record StatusChange(String status, Integer version, String reason) {

        TicketStatus check(Violations violations) {
            requireVersion(violations, version);
            checkReason(violations, reason);
            if (status == null) {
                violations.add("status", "is required");
                return null;
            }
            return TicketStatus.of(status).orElseGet(() -> {
                violations.add("status", "must be one of new, acknowledged, dispatched, on-site, restored, resolved, "
                        + "closed, waiting-for-customer, reopened");
                return null;
            });
        }
    }

    record SeverityChange(Integer severity, Integer version, String reason) {

        void check(Violations violations) {
            requireVersion(violations, version);
            violations.require("severity", severity);
            checkReason(violations, reason);
        }
    }

    record Assignment(UUID assigneeId, Integer version) {

        void check(Violations violations) {
            requireVersion(violations, version);
        }
    }

    record NewNote(String body, Boolean internal) {

        void check(Violations violations) {
            if (body == null || body.isBlank()) {
                violations.add("body", "is required");
            }
            else if (body.length() > MAX_NOTE) {
                violations.add("body", "must be at most " + MAX_NOTE + " characters");
            }
            violations.require("internal", internal);
        }
    }

    private static void requireVersion(Violations violations, Integer version) {
        if (version == null) {
            violations.add("version", "is required: the version of the ticket you read");
        }
    }

    private static void checkReason(Violations violations, String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            violations.add("reason", "must be at most " + MAX_REASON + " characters");
        }
    }
}
