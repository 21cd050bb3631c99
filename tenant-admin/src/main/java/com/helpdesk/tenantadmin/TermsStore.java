package com.helpdesk.tenantadmin;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where published service terms are kept, one immutable row per version; implemented by the
 * platform. Documents are the JSON the tenant-admin module writes and reads.
 */
public interface TermsStore {

    Optional<TermsRecord> latest(TenantId tenant);

    /** The newest version's number, without its document: cheap enough for every new ticket. */
    OptionalInt latestVersion(TenantId tenant);

    Optional<TermsRecord> version(TenantId tenant, int version);

    /** Newest first, without documents. */
    List<TermsRecord> history(TenantId tenant);

    /**
     * Adds a version. Two admins publishing at once both aim at the same next number: the second
     * fails with Spring's {@code OptimisticLockingFailureException}, nothing is half-written.
     */
    void insert(TenantId tenant, TermsRecord terms);
}
