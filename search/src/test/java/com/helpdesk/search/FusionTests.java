package com.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FusionTests {

    @Test
    void ranksFirstWhatBothRetrieversRankHigh() {
        List<Fusion.Ranked> fused = Fusion.fuse(List.of(new Fusion.Ranking(List.of("a", "b", "c"), 1),
                new Fusion.Ranking(List.of("b", "d", "a"), 1)));

        assertThat(fused).extracting(Fusion.Ranked::id).containsExactly("b", "a", "d", "c");
        assertThat(fused.getFirst().score()).isEqualTo(1.0 / 62 + 1.0 / 61);
    }

    @Test
    void aHeavierRetrieverWinsATie() {
        List<Fusion.Ranked> fused = Fusion.fuse(List.of(new Fusion.Ranking(List.of("a"), 1),
                new Fusion.Ranking(List.of("b"), 2)));

        assertThat(fused).extracting(Fusion.Ranked::id).containsExactly("b", "a");
    }
}
