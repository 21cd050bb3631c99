package com.helpdesk.platform.followup;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/**
 * Each vendor's survey form ({@code survey_forms}). Kept in a table of its own rather than in the
 * service terms: the terms are versioned promises published as a whole and measured against,
 * while the wording of questions is edited freely and does not change what was promised. The
 * terms' {@code survey} targets (response rates, pass score) stay there; a vendor without a form
 * of its own gets {@link SurveyForm#standard} with the terms' pass score.
 */
@Component
class SurveyForms {

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final TermsCatalog terms;
    private final JsonMapper json;

    SurveyForms(JdbcClient jdbc, TenantTransactions transactions, TermsCatalog terms, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.terms = terms;
        this.json = json;
    }

    Stored of(TenantId tenant) {
        return stored(tenant).orElseGet(() -> new Stored(SurveyForm.standard(
                terms.current(tenant).map(ServiceTerms::survey).orElse(null)), false, 0, null, null));
    }

    Stored replace(TenantId tenant, SurveyForm form, String by, Instant now) {
        Violations violations = Violations.collect();
        form.check(violations);
        violations.throwIfAny();
        transactions.run(tenant, () -> jdbc.sql("""
                insert into survey_forms (tenant_id, document, version, updated_by, updated_at)
                values (:tenant, cast(:document as jsonb), 1, :by, :now)
                on conflict (tenant_id) do update set document = excluded.document,
                    version = survey_forms.version + 1, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
            .param("tenant", tenant.value())
            .param("document", json.writeValueAsString(form))
            .param("by", by)
            .param("now", SqlTimes.utc(now))
            .update());
        return of(tenant);
    }

    private Optional<Stored> stored(TenantId tenant) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select document::text as document, version, updated_by, updated_at from survey_forms
                 where tenant_id = :tenant""")
            .param("tenant", tenant.value())
            .query((rs, i) -> new Stored(json.readValue(rs.getString("document"), SurveyForm.class), true,
                    rs.getInt("version"), rs.getString("updated_by"), SqlTimes.instant(rs, "updated_at")))
            .optional());
    }

    /** @param custom false while the vendor uses the standard form */
    record Stored(SurveyForm form, boolean custom, int version, String updatedBy, Instant updatedAt) {
    }
}
