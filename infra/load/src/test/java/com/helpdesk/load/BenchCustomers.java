package com.helpdesk.load;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The customers of load-customers.sql, computed instead of read back: customer {@code n}
 * (1..customers) has the id {@code be000000-0000-4000-8000-<n in 12 hex digits>}, the mobile number
 * +86 138 nnnn nnnn and, when n is even, also +86 139 nnnn nnnn. Keep the two in step.
 */
final class BenchCustomers {

    private BenchCustomers() {
    }

    static UUID id(long n) {
        return UUID.fromString(String.format("be000000-0000-4000-8000-%012x", n));
    }

    /** The first number of customer n in E.164, as stored. */
    static String phone(long n) {
        return String.format("+86138%08d", n);
    }

    /** The same number as an agent or an IVR may pass it: with spaces, to be normalised. */
    static String spokenPhone(long n) {
        String digits = String.format("%08d", n);
        return "+86 138 " + digits.substring(0, 4) + " " + digits.substring(4);
    }

    /** An endless feeder of random loaded customers: {@code n}, {@code phone}, {@code customerId}. */
    static Iterator<Map<String, Object>> random(int customers) {
        return Stream.generate(() -> {
            long n = ThreadLocalRandom.current().nextLong(1, customers + 1L);
            return Map.<String, Object>of("n", n, "phone", phone(n), "spokenPhone", spokenPhone(n),
                    "customerId", id(n).toString());
        }).iterator();
    }
}
