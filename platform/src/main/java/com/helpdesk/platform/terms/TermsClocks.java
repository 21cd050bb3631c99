package com.helpdesk.platform.terms;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.terms.TermsCatalog;
import com.helpdesk.tenantadmin.terms.TermsClock;

/**
 * The clocks of the tenants' terms for the follow-up features (complaints, inspections). A
 * published version never changes, so each version's clock, with its compiled calendar, is built
 * once per node.
 */
@Component
public class TermsClocks {

    private final TermsCatalog catalog;
    private final Map<Key, TermsClock> clocks = new ConcurrentHashMap<>();

    TermsClocks(TermsCatalog catalog) {
        this.catalog = catalog;
    }

    /** The clock of the terms in force; empty when the tenant has published none. */
    public Optional<TermsClock> current(TenantId tenant) {
        return catalog.current(tenant)
            .map(terms -> clocks.computeIfAbsent(new Key(tenant, terms.version()), key -> new TermsClock(terms)));
    }

    private record Key(TenantId tenant, int version) {
    }
}
