package com.helpdesk.platform.partner;

import java.time.Duration;
import java.util.List;

/** A partner's fields after checking: codes unique, usernames lower-case and unique, the phone in E.164 or null. */
record PartnerFields(String name, List<String> regionCodes, Duration acceptWithin, List<String> usernames,
        String phone) {

    PartnerFields {
        regionCodes = List.copyOf(regionCodes);
        usernames = List.copyOf(usernames);
    }
}
