package com.helpdesk.platform.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.staff.StaffDirectory.Agent;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Whose desk phone an extension is, remembered for a short while: every ring asks, and a ring-all
 * queue asks for the same few phones over and over. A changed extension is seen within
 * {@link #KEEP_FOR} on every node.
 */
@Component
class AgentsByExtension {

    static final Duration KEEP_FOR = Duration.ofSeconds(30);

    private final StaffDirectory staff;
    private final Clock clock;
    private final Map<Key, Known> known = new ConcurrentHashMap<>();

    AgentsByExtension(StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    Optional<Agent> at(TenantId tenant, String extension) {
        Instant now = clock.instant();
        Key key = new Key(tenant, extension);
        Known cached = known.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.agent();
        }
        Optional<Agent> agent = staff.agentAt(tenant, extension);
        known.put(key, new Known(agent, now.plus(KEEP_FOR)));
        return agent;
    }

    private record Key(TenantId tenant, String extension) {
    }

    private record Known(Optional<Agent> agent, Instant until) {
    }
}
