package com.helpdesk.tenantadmin;

import java.util.List;
import java.util.Optional;

/**
 * Where published service terms are kept, one immutable row per version; implemented by the
 * platform. Documents are the JSON the tenant-admin module writes and reads.
 */
public interface TermsStore {

    Optional<TermsRecord> latest(TenantId tenant);

    Optional<TermsRecord> version(TenantId tenant, int version);

    /** Newest first, without documents. */
    List<TermsRecord> history(TenantId tenant);

    /**
     * Adds a version. Two admins publishing at once both aim at the same next number: the second
     * fails with Spring's {@code OptimisticLockingFailureException}, nothing is half-written.
     */
    void insert(TenantId tenant, TermsRecord terms);
}
