package com.helpdesk.platform.web;

/**
 * Stable {@code type} URIs of the problem details the API answers with, one per kind of error,
 * so clients can branch on them without parsing messages.
 */
public final class ProblemTypes {

    private static final String PREFIX = "urn:helpdesk:problem:";

    public static final String VALIDATION = PREFIX + "validation";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String UNAUTHENTICATED = PREFIX + "unauthenticated";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String NO_TENANT = PREFIX + "no-tenant";
    public static final String CONFLICT = PREFIX + "conflict";
    public static final String BAD_REQUEST = PREFIX + "bad-request";
    public static final String UNAVAILABLE = PREFIX + "unavailable";
    public static final String RATE_LIMITED = PREFIX + "rate-limited";
    public static final String TOO_LARGE = PREFIX + "too-large";
    public static final String INTERNAL = PREFIX + "internal";
    public static final String LINK_EXPIRED = PREFIX + "link-expired";
    public static final String LINK_USED = PREFIX + "link-used";

    private ProblemTypes() {
    }
}
