package com.helpdesk.platform.customer;

import com.helpdesk.tenantadmin.Violations;

/**
 * New values for a customer's own fields, with the {@code version} the client read: if someone
 * saved in between, the change is refused rather than silently overwriting theirs.
 */
record CustomerChange(Integer version, String kind, String category, String name, String notes) {

    CustomerChange {
        notes = TextFields.orEmpty(notes);
    }

    void check(Violations at) {
        at.require("version", version);
        CustomerDraft.checkHeader(at, kind, category, name, notes);
    }
}
