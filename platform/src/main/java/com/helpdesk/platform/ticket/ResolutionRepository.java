package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.warranty.Money;

/** Resolution records, one per ticket; a ticket resolved again after a reopen replaces its record. */
@Repository
class ResolutionRepository {

    private static final TypeReference<List<Resolution.Part>> PARTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResolutionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the record; answers whether it replaced an earlier one. */
    boolean save(TenantId tenant, Resolution r, long chargeCents) {
        boolean replaced = find(tenant, r.ticketId()).isPresent();
        jdbc.sql("""
                insert into ticket_resolutions (tenant_id, ticket_id, cause, fix, parts, in_warranty, charging_rule,
                    charge_cents, currency, charge_basis, signed_off_by, signed_off_at, analysis_report, recorded_by,
                    recorded_at, fault_code)
                values (:tenant, :ticket, :cause, :fix, cast(:parts as jsonb), :inWarranty, :rule, :cents, :currency,
                    :basis, :signedBy, :signedAt, :report, :recordedBy, :recordedAt, :faultCode)
                on conflict (tenant_id, ticket_id) do update set cause = excluded.cause, fix = excluded.fix,
                    parts = excluded.parts, in_warranty = excluded.in_warranty, charging_rule = excluded.charging_rule,
                    charge_cents = excluded.charge_cents, currency = excluded.currency,
                    charge_basis = excluded.charge_basis, signed_off_by = excluded.signed_off_by,
                    signed_off_at = excluded.signed_off_at, analysis_report = excluded.analysis_report,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
                    fault_code = excluded.fault_code""")
            .param("tenant", tenant.value())
            .param("ticket", r.ticketId())
            .param("cause", r.cause())
            .param("fix", r.fix())
            .param("parts", json.writeValueAsString(r.parts()))
            .param("inWarranty", r.inWarranty())
            .param("rule", r.chargingRule())
            .param("cents", chargeCents)
            .param("currency", r.charge().currency().getCurrencyCode())
            .param("basis", r.chargeBasis())
            .param("signedBy", r.signOff() == null ? "" : r.signOff().name())
            .param("signedAt", r.signOff() == null ? null : utc(r.signOff().at()))
            .param("report", r.analysisReport())
            .param("recordedBy", r.recordedBy())
            .param("recordedAt", utc(r.recordedAt()))
            .param("faultCode", r.faultCode())
            .update();
        return replaced;
    }

    Optional<Resolution> find(TenantId tenant, UUID ticket) {
        return jdbc.sql("""
                select ticket_id, cause, fix, parts::text as parts, in_warranty, charging_rule, charge_cents, currency,
                       charge_basis, signed_off_by, signed_off_at, analysis_report, recorded_by, recorded_at, fault_code
                  from ticket_resolutions where tenant_id = :tenant and ticket_id = :ticket""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query(this::resolution)
            .optional();
    }

    private Resolution resolution(ResultSet rs, int row) throws SQLException {
        String signedBy = rs.getString("signed_off_by");
        Money charge = new Money(BigDecimal.valueOf(rs.getLong("charge_cents"), 2),
                Currency.getInstance(rs.getString("currency")));
        return new Resolution(rs.getObject("ticket_id", UUID.class), rs.getString("cause"), rs.getString("fix"),
                json.readValue(rs.getString("parts"), PARTS), rs.getBoolean("in_warranty"),
                rs.getString("charging_rule"), charge, rs.getString("charge_basis"),
                signedBy.isEmpty() ? null : new Resolution.SignOff(signedBy, instant(rs, "signed_off_at")),
                rs.getString("analysis_report"), rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"),
                rs.getString("fault_code"));
    }
}
