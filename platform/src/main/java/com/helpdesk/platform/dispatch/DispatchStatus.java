package com.helpdesk.platform.dispatch;

import java.util.Arrays;

/** Where an offer to a partner stands. */
enum DispatchStatus {
    OFFERED("offered"), ACCEPTED("accepted"), REFUSED("refused"), ON_SITE("on-site"), WITHDRAWN("withdrawn");

    private final String value;

    DispatchStatus(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    static DispatchStatus of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst().orElseThrow();
    }
}
