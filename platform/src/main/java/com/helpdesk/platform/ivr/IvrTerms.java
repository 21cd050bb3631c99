package com.helpdesk.platform.ivr;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.terms.ClockKind;
import com.helpdesk.tenantadmin.terms.TermsCatalog;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * The terms in force as the IVR needs them: service hours now, and the clocks of the promises it
 * reads out. A published version never changes, so each version's clock (with its compiled
 * calendar) is built once per node.
 */
@Component
class IvrTerms {

    private final TermsCatalog catalog;
    private final Map<Key, TermsClock> clocks = new ConcurrentHashMap<>();

    IvrTerms(TermsCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<TermsClock> current(TenantId tenant) {
        return catalog.current(tenant)
            .map(terms -> clocks.computeIfAbsent(new Key(tenant, terms.version()), key -> new TermsClock(terms)));
    }

    /**
     * Whether the tenant's service hours include this instant. A tenant without published terms
     * has no hours to be outside of: its agents are offered.
     */
    boolean inServiceHours(TenantId tenant, Instant at) {
        return current(tenant).map(clock -> clock.calculator(ClockKind.BUSINESS).isOpen(at)).orElse(true);
    }

    private record Key(TenantId tenant, int version) {
    }
}
