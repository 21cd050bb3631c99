package com.helpdesk.tenantadmin.tenant;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.helpdesk.tenantadmin.Violations;

/** Checks of the fields a tenant is made of, shared by creation and later edits. */
final class TenantFields {

    static final Set<String> LOCALES = Set.of("zh-CN", "en");
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final int MAX_NAME = 200;
    static final int MAX_LABEL = 100;

    private TenantFields() {
    }

    static void checkSlug(String slug, Violations at) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            at.add("slug", "must be 2-40 lower-case letters, digits or dashes, starting with a letter");
        }
    }

    static void checkName(String name, Violations at) {
        if (name == null || name.isBlank()) {
            at.add("name", "is required");
        }
        else if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            at.add("name", "must be at most " + MAX_NAME + " printable characters");
        }
    }

    static Optional<ZoneId> zone(String timeZone, Violations at) {
        if (timeZone == null || timeZone.isBlank()) {
            at.add("timeZone", "is required");
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone));
        }
        catch (DateTimeException e) {
            at.add("timeZone", "is not a time zone such as Asia/Shanghai");
            return Optional.empty();
        }
    }

    static boolean labelFits(String label) {
        return label == null || label.length() <= MAX_LABEL && label.chars().noneMatch(Character::isISOControl);
    }

    static void checkLocale(String locale, Violations at) {
        if (locale == null || !LOCALES.contains(locale)) {
            at.add("locale", "must be one of " + LOCALES);
        }
    }
}
