package com.helpdesk.tenantadmin.terms;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;

import com.helpdesk.tenantadmin.AdminAuditTrail;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TermsRecord;
import com.helpdesk.tenantadmin.TermsStore;
import com.helpdesk.tenantadmin.Violations;

/**
 * Publishes edited terms as a new version effective now: tickets already open keep the version
 * they started with, new tickets get this one. Published versions are never edited.
 */
@Service
public class TermsPublisher {

    private final TermsStore store;
    private final AdminAuditTrail audit;
    private final Clock clock;

    TermsPublisher(TermsStore store, AdminAuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param slug  the tenant's own key; a draft naming another tenant is refused, never applied
     * @param draft with the version it was edited from (optimistic locking: a draft from an older
     *              version than the latest is refused), or without a version (a file uploaded whole)
     */
    public ServiceTerms publish(TenantId tenant, String slug, ServiceTerms draft, String actor) {
        if (!slug.equals(draft.tenant())) {
            Violations violations = Violations.collect();
            violations.add("tenant", "must be your own vendor '" + slug + "'");
            violations.throwIfAny();
        }
        int latest = store.latest(tenant).map(TermsRecord::version).orElse(0);
        if (draft.version() != null && draft.version() != latest) {
            throw new StaleTermsException(draft.version(), latest);
        }
        int next = latest + 1;
        // Stored with PostgreSQL's microsecond precision; the answer should say what was stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ServiceTerms published = draft.published(next, now);
        store.insert(tenant, new TermsRecord(next, now, actor, TermsDocuments.write(published)));
        audit.record(tenant, actor, "terms.published", "version " + next);
        return published;
    }
}
