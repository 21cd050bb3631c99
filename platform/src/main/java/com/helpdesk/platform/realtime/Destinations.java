package com.helpdesk.platform.realtime;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only destinations a client may subscribe to: its own tenant's topics and its own user
 * queues. Names are single plain segments, so the broker's wildcards ({@code *}, {@code **}) and
 * path tricks never reach it. A few tenant topics are for supervisors (and vendor admins) only:
 * agents' phone states are about colleagues, not the agents' own work.
 */
final class Destinations {

    static final String TENANT_TOPICS = "/topic/tenants/";
    static final String OWN_QUEUES = "/user/queue/";
    static final String QUEUES = "/queue/";

    /** Tenant topics only supervisors and vendor admins may follow. */
    static final Set<String> SUPERVISOR_TOPICS = Set.of("agents");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private Destinations() {
    }

    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static String requireName(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("Not a destination name: " + name);
        }
        return name;
    }

    static String tenantTopic(String slug, String topic) {
        return TENANT_TOPICS + slug + "/" + requireName(topic);
    }

    /** The destination an agent subscribes to as {@code /user/queue/{queue}}, as the broker side names it. */
    static String staffQueue(String queue) {
        return QUEUES + requireName(queue);
    }

    static boolean maySubscribe(StompStaff staff, String destination) {
        if (destination == null) {
            return false;
        }
        String ownTopics = TENANT_TOPICS + staff.slug() + "/";
        if (destination.startsWith(ownTopics)) {
            String topic = destination.substring(ownTopics.length());
            return isName(topic) && (staff.supervises() || !SUPERVISOR_TOPICS.contains(topic));
        }
        if (destination.startsWith(OWN_QUEUES)) {
            return isName(destination.substring(OWN_QUEUES.length()));
        }
        return false;
    }
}
