package com.helpdesk.pbxsim.ami;

import java.util.Objects;

/** The one manager account the simulator accepts ({@code manager.conf}'s user and secret). */
public record AmiCredentials(String username, String secret) {

    public AmiCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
    }
}
