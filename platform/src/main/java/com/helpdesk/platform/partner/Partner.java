package com.helpdesk.platform.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A service partner of one tenant: a regional company that takes dispatched on-site work.
 *
 * @param regionCodes  the administrative division codes it covers; a code covers every code below it
 *                     ({@code 110000} covers {@code 110105})
 * @param acceptWithin the partner's own promise: how soon it accepts a dispatch, schedules the visit
 *                     and tells the customer
 * @param usernames    the Keycloak usernames of the partner's people, who act on its dispatches
 * @param phone        E.164, or null when the partner gave none
 * @param version      goes back with the next change, so that a concurrent change is not overwritten
 */
public record Partner(UUID id, String name, List<String> regionCodes, Duration acceptWithin, List<String> usernames,
        String phone, boolean active, int version, Instant createdAt) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(acceptWithin, "acceptWithin");
        regionCodes = List.copyOf(regionCodes);
        usernames = List.copyOf(usernames);
    }
}
