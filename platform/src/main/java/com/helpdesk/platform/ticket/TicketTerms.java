package com.helpdesk.platform.ticket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsCatalog;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * The clock planners of each tenant's terms versions. A published version never changes, so each
 * planner (with its compiled calendar) is built once per node and kept.
 */
@Component
class TicketTerms {

    private final TermsCatalog catalog;
    private final double warnShare;
    private final Map<Key, ClockPlanner> planners = new ConcurrentHashMap<>();

    TicketTerms(TermsCatalog catalog, @Value("${helpdesk.sla.warn-share:0.75}") double warnShare) {
        this.catalog = catalog;
        this.warnShare = warnShare;
    }

    /** The planner of the version in force now, which a new ticket is measured against for good. */
    ClockPlanner current(TenantId tenant) {
        ServiceTerms terms = catalog.current(tenant).orElseThrow(() -> new ConflictException(
                "The vendor has published no service terms yet, so no promise can be measured. "
                        + "A tenant admin publishes them under /api/admin/terms."));
        return planner(tenant, terms);
    }

    ClockPlanner version(TenantId tenant, int version) {
        ClockPlanner known = planners.get(new Key(tenant, version));
        if (known != null) {
            return known;
        }
        ServiceTerms terms = catalog.version(tenant, version)
            .orElseThrow(() -> new IllegalStateException("terms version " + version + " of " + tenant + " is gone"));
        return planner(tenant, terms);
    }

    private ClockPlanner planner(TenantId tenant, ServiceTerms terms) {
        return planners.computeIfAbsent(new Key(tenant, terms.version()),
                key -> new ClockPlanner(new TermsClock(terms), warnShare));
    }

    private record Key(TenantId tenant, int version) {
    }
}
