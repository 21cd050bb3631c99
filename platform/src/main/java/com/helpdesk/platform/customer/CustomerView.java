package com.helpdesk.platform.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer as the API shows it; {@code version} goes back with the next change. */
public record CustomerView(UUID id, String kind, String category, String name, String notes, int version,
        Instant createdAt, Instant updatedAt, List<PhoneDraft> phones, List<AddressView> addresses, List<ContactView> contacts) {

    /** A stored address. */
    record AddressView(UUID id, String regionCode, String text) {
    }

    /** A stored contact; {@code phone} and {@code email} may be absent. */
    record ContactView(UUID id, String name, String role, String phone, String email) {
    }
}
