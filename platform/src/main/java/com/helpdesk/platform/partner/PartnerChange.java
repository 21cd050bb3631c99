package com.helpdesk.platform.partner;

import java.util.List;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.tenantadmin.Violations;

/**
 * New values for a partner, with the {@code version} the client read: if someone saved in
 * between, the change is refused rather than silently overwriting theirs. Whether the partner is
 * active changes only through its own actions, so a stale form cannot revive a deactivated partner.
 */
record PartnerChange(Integer version, String name, List<String> regionCodes, String acceptWithin,
        List<String> usernames, String phone) {

    PartnerFields checked(Violations at, PhoneNumbers numbers) {
        at.require("version", version);
        return new PartnerDraft(name, regionCodes, acceptWithin, usernames, phone).checked(at, numbers);
    }
}
