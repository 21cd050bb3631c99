package com.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index family on the real Elasticsearch: tenancy, idempotent writes, the alias and rebuilds. */
class KnownFixIndexIntegrationTests {

    private final TestIndex index = TestIndex.create();

    @AfterEach
    void drop() {
        index.close();
    }

    @Test
    void aTenantFindsOnlyItsOwnFixesEvenUnderTheSameIdAndWords() {
        index.fixes().index(List.of(fix("tenant-a", "f-1", "HX-1"), fix("tenant-b", "f-1", "KL-2")));
        index.fixes().refresh();

        KnownFixHits a = index.fixes().search(KnownFixQuery.of("tenant-a", "交换机无法开机", ""));
        KnownFixHits b = index.fixes().search(KnownFixQuery.of("tenant-b", "交换机无法开机", ""));

        assertThat(a.hits()).extracting(KnownFixHit::model).containsExactly("HX-1");
        assertThat(b.hits()).extracting(KnownFixHit::model).containsExactly("KL-2");
        assertThat(a.models()).extracting(KnownFixHits.Facet::value).containsExactly("HX-1");
        assertThat(index.fixes().ids("tenant-a")).containsExactly("f-1");
        assertThat(index.fixes().search(KnownFixQuery.of("tenant-c", "交换机无法开机", "")).hits()).isEmpty();
    }

    @Test
    void writingAFixAgainReplacesIt() {
        index.fixes().index(List.of(fix("tenant-a", "f-1", "HX-1")));
        index.fixes().index(List.of(fix("tenant-a", "f-1", "HX-9")));
        index.fixes().refresh();

        assertThat(index.fixes().search(KnownFixQuery.of("tenant-a", "无法开机", "")).hits())
            .extracting(KnownFixHit::model).containsExactly("HX-9");
    }

    @Test
    void preparingAgainKeepsOneIndexOfTheCurrentMappingBehindTheAlias() {
        index.fixes().prepare();

        assertThat(index.fixes().current()).isTrue();
        assertThat(index.fixes().search(KnownFixQuery.of("tenant-a", "无法开机", "")).total()).isZero();
    }

    @Test
    void aRebuildIsInvisibleUntilPublishedAndThenReplacesTheIndex() {
        index.fixes().index(List.of(fix("tenant-a", "old", "HX-1")));
        index.fixes().refresh();
        IndexRebuild rebuild = index.fixes().rebuild();
        rebuild.add(List.of(fix("tenant-a", "new", "HX-2")));

        Set<String> before = index.fixes().ids("tenant-a");
        rebuild.publish();

        assertThat(before).containsExactly("old");
        assertThat(index.fixes().ids("tenant-a")).containsExactly("new");
        assertThat(index.fixes().current()).isTrue();
    }

    @Test
    void removesFixesByIdWithinTheirTenant() {
        index.fixes().index(List.of(fix("tenant-a", "f-1", "HX-1"), fix("tenant-b", "f-1", "KL-2")));
        index.fixes().remove("tenant-a", List.of("f-1", "never-indexed"));
        index.fixes().refresh();

        assertThat(index.fixes().ids("tenant-a")).isEmpty();
        assertThat(index.fixes().ids("tenant-b")).containsExactly("f-1");
    }

    private static KnownFix fix(String tenant, String id, String model) {
        return new KnownFix(tenant, id, "switch", model, "交换机无法开机", "客户反映交换机按电源没有反应，指示灯不亮。",
                "电源模块损坏。", "更换电源模块。", List.of("电源模块"), 2, Instant.parse("2025-01-01T00:00:00Z"));
    }
}
