package com.helpdesk.platform.ticket;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the fault was reported. */
public enum Channel {
    PHONE("phone"), IVR("ivr"), WEB("web"), API("api");

    private final String value;

    Channel(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<Channel> of(String value) {
        return Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
    }
}
