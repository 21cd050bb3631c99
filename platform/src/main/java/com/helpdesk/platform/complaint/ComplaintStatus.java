package com.helpdesk.platform.complaint;

import java.util.Arrays;
import java.util.Optional;

/** Where a complaint stands: open until someone replies, then resolved, then closed. */
enum ComplaintStatus {
    OPEN("open"), REPLIED("replied"), RESOLVED("resolved"), CLOSED("closed");

    private final String value;

    ComplaintStatus(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    static Optional<ComplaintStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
