package com.helpdesk.platform.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.web.TextInput;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;

/** The bodies of the complaint API, with their field checks. */
final class ComplaintRequests {

    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 8000;
    static final int MAX_LINKS = 50;
    static final List<String> DESK_CHANNELS = List.of("phone", "web");

    private ComplaintRequests() {
    }

    /**
     * A complaint taken by staff: on the phone by an agent, or entered on the web. The IVR files
     * its own, so {@code ivr} is not a channel here.
     */
    record Intake(String channel, String subject, String text, String complainant, String callerPhone,
            UUID customerId, UUID assigneeId, List<UUID> ticketIds, List<UUID> staffIds) {

        NewComplaint check(Violations violations, TenantProfile tenant) {
            String checkedChannel = channel == null ? "web" : channel;
            if (!DESK_CHANNELS.contains(checkedChannel)) {
                violations.add("channel", "must be one of " + String.join(", ", DESK_CHANNELS));
            }
            String phone = null;
            if (callerPhone != null && !callerPhone.isBlank()) {
                phone = PhoneNumbers.of(tenant).toE164(callerPhone, violations.at("callerPhone")).orElse(null);
            }
            return new NewComplaint(checkedChannel, TextInput.line(violations, "subject", subject, MAX_SUBJECT, true),
                    TextInput.text(violations, "text", text, MAX_TEXT, true),
                    TextInput.line(violations, "complainant", complainant, MAX_SUBJECT, false), phone, customerId,
                    assigneeId, "", "", 0, "", ids(violations, "ticketIds", ticketIds),
                    ids(violations, "staffIds", staffIds));
        }
    }

    /** A change that needs the version read, with its text (reply, outcome or reason). */
    record Change(Integer version, String text) {

        int version(Violations violations) {
            if (version == null) {
                violations.add("version", "is required: the version of the complaint you read");
                return -1;
            }
            return version;
        }
    }

    record Note(String body) {
    }

    record Links(List<UUID> ticketIds, List<UUID> staffIds) {

        Links checked(Violations violations) {
            return new Links(ids(violations, "ticketIds", ticketIds), ids(violations, "staffIds", staffIds));
        }
    }

    static List<UUID> ids(Violations violations, String field, List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_LINKS) {
            violations.add(field, "must list at most " + MAX_LINKS);
            return List.of();
        }
        List<UUID> checked = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                violations.at(field, i).add("is required");
            }
            else if (!checked.contains(ids.get(i))) {
                checked.add(ids.get(i));
            }
        }
        return checked;
    }
}
