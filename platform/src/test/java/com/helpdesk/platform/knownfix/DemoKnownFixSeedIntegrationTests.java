package com.helpdesk.platform.knownfix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.search.KnownFixQuery;
import com.helpdesk.search.KnownFixes;
import com.helpdesk.tenantadmin.TenantId;

/** The demo corpus reaches the three demo tenants through the import and the outbox, once. */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoKnownFixSeedIntegrationTests {

    static final SearchIndexForTests INDEX = new SearchIndexForTests();

    @Autowired
    KnownFixImport imports;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    KnownFixes index;

    @DynamicPropertySource
    static void ownIndex(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.search.index-prefix", INDEX::prefix);
    }

    @AfterAll
    void dropTheIndex() {
        index.drop();
    }

    @Test
    void seedsEachDemoTenantWithItsOwnReportsOnlyOnce() {
        List<TenantId> demo = List.of("kunlun", "sunhome", "huaxin").stream()
            .map(slug -> tenants.findBySlug(slug).orElseThrow().id()).toList();
        demo.forEach(t -> transactions.run(t, () -> jdbc.sql("delete from known_fix_imports").update()));
        DemoKnownFixSeed seed = new DemoKnownFixSeed(imports, tenants, json);

        seed.seed();
        seed.seed();

        demo.forEach(t -> assertThat(imports.count(t)).isEqualTo(120));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> demo.forEach(t ->
                assertThat(index.ids(t.value().toString())).hasSize(120)));
        String kunlun = demo.getFirst().value().toString();
        assertThat(index.ids(kunlun)).allMatch(id -> id.startsWith("kf-kunlun-"));
        assertThat(index.search(KnownFixQuery.of(kunlun, "打印机卡纸", "")).hits().getFirst().id())
            .startsWith("kf-kunlun-");
    }
}
