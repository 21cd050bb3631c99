package com.helpdesk.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The database itself keeps tenants apart when a query forgets its tenant condition. Runs through
 * the application's own connection pool, i.e. the application's database role.
 */
@PlatformIntegrationTest
class RowLevelSecurityIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    AuditLog audit;

    TenantId kunlun;
    TenantId huaxin;

    @BeforeEach
    void writeOneEntryForEachTenant() {
        kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        huaxin = tenants.findBySlug("huaxin").orElseThrow().id();
        audit.record(kunlun, "test", "test.rls", "test", "a");
        audit.record(huaxin, "test", "test.rls", "test", "b");
    }

    @Test
    void queryWithoutTenantConditionSeesOnlyTheTenantSet() {
        List<UUID> owners = transactions.call(kunlun,
                () -> jdbc.sql("select tenant_id from audit_log").query(UUID.class).list());

        assertThat(owners).isNotEmpty().containsOnly(kunlun.value());
    }

    @Test
    void withoutTenantSetNoRowIsVisible() {
        Long rows = jdbc.sql("select count(*) from audit_log").query(Long.class).single();

        assertThat(rows).isZero();
    }

    @Test
    void writingAnotherTenantsRowIsRefused() {
        assertThatThrownBy(() -> transactions.run(kunlun, () -> jdbc.sql("""
                insert into audit_log (tenant_id, actor_name, action) values (:other, 'x', 'test.cross-write')""")
            .param("other", huaxin.value())
            .update())).isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("row-level security");
    }

    @Test
    void tenantSettingEndsWithTheTransaction() {
        transactions.run(kunlun, () -> jdbc.sql("select 1").query(Integer.class).single());

        String setting = jdbc.sql("select coalesce(current_setting('app.tenant_id', true), '')")
            .query(String.class)
            .single();

        assertThat(setting).isEmpty();
    }

    @Test
    void applicationRoleOwnsNoTableAndCannotBypassPolicies() {
        Boolean bypasses = jdbc.sql("select rolbypassrls or rolsuper from pg_roles where rolname = current_user")
            .query(Boolean.class)
            .single();
        Long ownedTables = jdbc.sql("select count(*) from pg_tables where tableowner = current_user")
            .query(Long.class)
            .single();

        assertThat(bypasses).isFalse();
        assertThat(ownedTables).isZero();
    }

    @Test
    void auditEntriesCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> transactions.run(kunlun,
                () -> jdbc.sql("delete from audit_log where tenant_id = :t").param("t", kunlun.value()).update()))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied");
    }
}
