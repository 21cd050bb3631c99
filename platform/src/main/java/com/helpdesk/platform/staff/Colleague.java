package com.helpdesk.platform.staff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member of the caller's tenant, as listed to colleagues. */
record Colleague(UUID id, String username, String displayName, String email, List<String> roles,
        String extension, Instant lastSeenAt) {
}
