package com.helpdesk.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/** The archive's tables keep tenants apart even when a query forgets its tenant condition. */
@PlatformIntegrationTest
class CustomerRowLevelSecurityIntegrationTests {

    static final List<String> TABLES = List.of("customers", "customer_phones", "customer_addresses",
            "customer_contacts", "devices");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    CustomerRepository customers;

    @Autowired
    DeviceRepository devices;

    TenantId kunlun;
    TenantId huaxin;

    @BeforeEach
    void bothTenantsHaveAFullCustomer() {
        kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        huaxin = tenants.findBySlug("huaxin").orElseThrow().id();
        for (TenantId tenant : List.of(kunlun, huaxin)) {
            CustomerDraft draft = new CustomerDraft("person", "general", "RLS", null,
                    List.of(new PhoneDraft(CustomerFixtures.mobile(), "")), List.of(new AddressDraft("110105", "x")),
                    List.of(new ContactDraft("Contact", "", CustomerFixtures.mobile(), null)));
            UUID id = customers.create(tenant, draft, Instant.now());
            devices.add(tenant, id, new DeviceDraft("laptop", "", CustomerFixtures.serial(), LocalDate.now(), null,
                    false, null), Instant.now());
        }
    }

    @Test
    void queriesWithoutTenantConditionSeeOnlyTheTenantSet() {
        for (String table : TABLES) {
            List<UUID> owners = transactions.call(kunlun,
                    () -> jdbc.sql("select distinct tenant_id from " + table).query(UUID.class).list());

            assertThat(owners).as(table).containsExactly(kunlun.value());
        }
    }

    @Test
    void withoutTenantSetNoRowIsVisible() {
        for (String table : TABLES) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void writingACustomerForAnotherTenantIsRefused() {
        assertThatThrownBy(() -> transactions.run(kunlun, () -> jdbc.sql("""
                insert into customers (tenant_id, id, kind, category, name) values (:other, :id, 'person', 'general', 'x')""")
            .param("other", huaxin.value())
            .param("id", UUID.randomUUID())
            .update())).isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("row-level security");
    }
}
