package com.helpdesk.platform.terms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TermsRecord;
import com.helpdesk.tenantadmin.TermsStore;

/** Published terms in PostgreSQL, one row per version, under row-level security. */
@Repository
class JdbcTermsStore implements TermsStore {

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    JdbcTermsStore(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<TermsRecord> latest(TenantId tenant) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select version, effective_from, published_by, document::text as document
                  from service_terms where tenant_id = :tenant order by version desc limit 1""")
            .param("tenant", tenant.value())
            .query(JdbcTermsStore::record)
            .optional());
    }

    @Override
    public OptionalInt latestVersion(TenantId tenant) {
        Optional<Integer> latest = transactions.call(tenant, () -> jdbc.sql(
                "select version from service_terms where tenant_id = :tenant order by version desc limit 1")
            .param("tenant", tenant.value())
            .query(Integer.class)
            .optional());
        return latest.map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    @Override
    public Optional<TermsRecord> version(TenantId tenant, int version) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select version, effective_from, published_by, document::text as document
                  from service_terms where tenant_id = :tenant and version = :version""")
            .param("tenant", tenant.value())
            .param("version", version)
            .query(JdbcTermsStore::record)
            .optional());
    }

    @Override
    public List<TermsRecord> history(TenantId tenant) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select version, effective_from, published_by, null as document
                  from service_terms where tenant_id = :tenant order by version desc""")
            .param("tenant", tenant.value())
            .query(JdbcTermsStore::record)
            .list());
    }

    @Override
    public void insert(TenantId tenant, TermsRecord terms) {
        try {
            transactions.run(tenant, () -> jdbc.sql("""
                    insert into service_terms (tenant_id, version, effective_from, published_by, document)
                    values (:tenant, :version, :from, :by, cast(:document as jsonb))""")
                .param("tenant", tenant.value())
                .param("version", terms.version())
                .param("from", OffsetDateTime.ofInstant(terms.effectiveFrom(), ZoneOffset.UTC))
                .param("by", terms.publishedBy())
                .param("document", terms.document())
                .update());
        }
        catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("Version " + terms.version() + " was published meanwhile", e);
        }
    }

    private static TermsRecord record(ResultSet rs, int row) throws SQLException {
        return new TermsRecord(rs.getInt("version"), rs.getObject("effective_from", OffsetDateTime.class).toInstant(),
                rs.getString("published_by"), rs.getString("document"));
    }
}
