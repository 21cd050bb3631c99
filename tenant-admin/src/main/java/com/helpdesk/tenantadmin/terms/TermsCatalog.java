package com.helpdesk.tenantadmin.terms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TermsRecord;
import com.helpdesk.tenantadmin.TermsStore;

/**
 * Reads published terms for everyone who computes from them (tickets fix the version in force
 * when they open). A published version never changes, so parsed versions are kept in memory.
 */
@Service
public class TermsCatalog {

    private final TermsStore store;
    private final Map<Key, ServiceTerms> parsed = new ConcurrentHashMap<>();

    TermsCatalog(TermsStore store) {
        this.store = store;
    }

    /** The newest published version, which applies to tickets opened from now on. */
    public Optional<ServiceTerms> current(TenantId tenant) {
        OptionalInt latest = store.latestVersion(tenant);
        return latest.isPresent() ? version(tenant, latest.getAsInt()) : Optional.empty();
    }

    public Optional<ServiceTerms> version(TenantId tenant, int version) {
        ServiceTerms known = parsed.get(new Key(tenant, version));
        if (known != null) {
            return Optional.of(known);
        }
        return store.version(tenant, version).map(record -> parse(tenant, record));
    }

    public List<TermsRecord> history(TenantId tenant) {
        return store.history(tenant);
    }

    /** Terms of a version: content from the document, number and start from the row. */
    private ServiceTerms parse(TenantId tenant, TermsRecord record) {
        return parsed.computeIfAbsent(new Key(tenant, record.version()),
                key -> TermsDocuments.read(record.document()).published(record.version(), record.effectiveFrom()));
    }

    private record Key(TenantId tenant, int version) {
    }
}
