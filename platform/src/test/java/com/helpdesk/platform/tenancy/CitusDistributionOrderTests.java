package com.helpdesk.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * The scale-out guide distributes the schema over Citus by tenant (infra/citus/distribute.sql).
 * Citus is not installable here, so what it depends on is checked against the migrated schema:
 * every tenant table is listed, parents before children, and each key and unique constraint
 * carries tenant_id (the two global numbers are re-keyed by the script). A migration that breaks
 * one of these fails here, before it fails on a cluster.
 */
@PlatformIntegrationTest
class CitusDistributionOrderTests {

    /** Tenant data read without a tenant, copied to every worker by distribute.sql. */
    private static final List<String> REFERENCE_TABLES = List.of("hotlines", "survey_links");

    /** Re-keyed per tenant by distribute.sql before distributing. */
    private static final List<String> REKEYED = List.of("tickets_number_key", "complaints_number_key");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private final Map<String, Integer> order = new LinkedHashMap<>();

    @BeforeEach
    void readTheOrderAsTheScriptDoes() throws IOException, SQLException {
        String script = Files.readString(Path.of("../infra/citus/distribution-order.sql"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script);
            try (var rows = statement.executeQuery("select depth, table_name from citus_distribution_order")) {
                while (rows.next()) {
                    order.put(rows.getString("table_name"), rows.getInt("depth"));
                }
            }
        }
    }

    @Test
    void everyTableWithATenantIsDistributedSaveTheReferenceTables() {
        List<String> withTenant = jdbc.sql("""
                select c.table_name from information_schema.columns c
                  join information_schema.tables t using (table_schema, table_name)
                 where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'""")
            .query(String.class).list();

        assertThat(order.keySet()).containsExactlyInAnyOrderElementsOf(
                withTenant.stream().filter(table -> !REFERENCE_TABLES.contains(table)).toList());
        assertThat(order).containsKeys("tenant_users", "customers", "tickets", "ticket_clocks", "calls");
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        List<String[]> foreignKeys = jdbc.sql("""
                select con.conrelid::regclass::text, con.confrelid::regclass::text
                  from pg_constraint con
                 where con.contype = 'f' and con.connamespace = 'public'::regnamespace
                   and con.conrelid <> con.confrelid""")
            .query((row, i) -> new String[] { row.getString(1), row.getString(2) }).list();

        assertThat(foreignKeys).isNotEmpty();
        for (String[] key : foreignKeys) {
            if (order.containsKey(key[0]) && order.containsKey(key[1])) {
                assertThat(order.get(key[1])).as(key[1] + " before " + key[0]).isLessThan(order.get(key[0]));
            }
        }
    }

    @Test
    void everyKeyOfADistributedTableIncludesTheTenant() {
        List<String> withoutTenant = jdbc.sql("""
                select con.conrelid::regclass::text || '.' || con.conname
                  from pg_constraint con
                 where con.contype in ('p', 'u') and con.connamespace = 'public'::regnamespace
                   and not exists (select 1 from pg_attribute a
                                    where a.attrelid = con.conrelid and a.attnum = any (con.conkey)
                                      and a.attname = 'tenant_id')""")
            .query(String.class).list();

        assertThat(withoutTenant.stream()
            .filter(key -> order.containsKey(key.substring(0, key.indexOf('.'))))
            .filter(key -> !REKEYED.contains(key.substring(key.indexOf('.') + 1))))
            .as("primary and unique keys of distributed tables without tenant_id").isEmpty();
    }
}
