package com.helpdesk.load;

import java.time.Duration;

/**
 * The knobs of a run, all system properties ({@code -Drate=200}) so that run.sh and a plain
 * {@code mvn gatling:test} take the same ones. Defaults fit this project's 2-core machine.
 */
final class LoadConfig {

    /** The platform under test. */
    static final String BASE_URL = text("baseUrl", "http://127.0.0.1:8080");
    /** Keycloak's token endpoint of the demo realm (loopback-only password grant). */
    static final String TOKEN_URL = text("tokenUrl",
            "http://127.0.0.1:8180/realms/helpdesk/protocol/openid-connect/token");
    static final String CLIENT_ID = text("clientId", "helpdesk-cli");
    static final String USERNAME = text("username", "kunlun-agent");
    static final String PASSWORD = text("password", "demo");

    /** How many customers load-customers.sql loaded: the feeders draw numbers 1..this. */
    static final int CUSTOMERS = integer("customers", 1_000_000);

    /** ArchiveLookupSimulation: false leaves out the archive request, to look at the lookup alone. */
    static final boolean ARCHIVE = Boolean.parseBoolean(text("archive", "true"));

    /** New users (open model) per second during the measured phase. */
    static double rate(double fallback) {
        return Double.parseDouble(text("rate", Double.toString(fallback)));
    }

    /** Length of the measured phase. */
    static Duration duration(int fallbackSeconds) {
        return Duration.ofSeconds(integer("duration", fallbackSeconds));
    }

    /**
     * Length of the warm-up before it, half a ramp up to the rate and half at the rate: the
     * platform's JIT compiler (a fresh JVM compiles for a good minute, on the same 2 cores),
     * connection pool and caches settle there. Its requests carry other names, so the assertions
     * and the measured figures leave it out, and the header {@link #PHASE_HEADER} so that the
     * platform's access log can too.
     */
    static Duration warmup(int fallbackSeconds) {
        return Duration.ofSeconds(integer("warmup", fallbackSeconds));
    }

    /** Sent with every warm-up request (value {@code warm-up}); run.sh's server-side summary skips those. */
    static final String PHASE_HEADER = "X-Load-Phase";

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    private LoadConfig() {
    }
}
