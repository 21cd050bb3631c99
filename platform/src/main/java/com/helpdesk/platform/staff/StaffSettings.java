package com.helpdesk.platform.staff;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code helpdesk.staff.*}: extensions members get at their first sign-in, by username. */
@ConfigurationProperties("helpdesk.staff")
record StaffSettings(Map<String, String> initialExtensions) {

    StaffSettings {
        initialExtensions = initialExtensions == null ? Map.of() : Map.copyOf(initialExtensions);
    }
}
