package com.helpdesk.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PartnerSuggestionTests {

    private static Partner partner(String name, String... codes) {
        return new Partner(UUID.randomUUID(), name, List.of(codes), Duration.ofHours(2), List.of(), null, true, 0,
                Instant.EPOCH);
    }

    private static List<String> names(List<PartnerSuggestion> suggestions) {
        return suggestions.stream().map(s -> s.partner().name()).toList();
    }

    @Test
    void theMostSpecificCodeComesFirstWhateverTheName() {
        Partner province = partner("A province", "110000");
        Partner city = partner("B city", "110100");
        Partner district = partner("C district", "110105");

        List<PartnerSuggestion> ranked = PartnerSuggestion.ranked(new RegionCode("110105"),
                List.of(province, city, district));

        assertThat(names(ranked)).containsExactly("C district", "B city", "A province");
        assertThat(ranked).extracting(PartnerSuggestion::coveredBy).containsExactly("110105", "110100", "110000");
    }

    @Test
    void equallySpecificPartnersComeByName() {
        List<PartnerSuggestion> ranked = PartnerSuggestion.ranked(new RegionCode("110105"),
                List.of(partner("zhongguancun", "110000"), partner("Anzhen", "110000"), partner("beiyuan", "110000")));

        assertThat(names(ranked)).containsExactly("Anzhen", "beiyuan", "zhongguancun");
    }

    @Test
    void aPartnerIsRankedByItsMostSpecificCodeAndOfferedOnce() {
        Partner both = partner("Z both", "110000", "110105");
        Partner city = partner("A city", "110100");

        List<PartnerSuggestion> ranked = PartnerSuggestion.ranked(new RegionCode("110105"), List.of(city, both));

        assertThat(names(ranked)).containsExactly("Z both", "A city");
        assertThat(ranked.getFirst().coveredBy()).isEqualTo("110105");
    }

    @Test
    void partnersOfOtherRegionsOrOfOtherDistrictsAreLeftOut() {
        List<PartnerSuggestion> ranked = PartnerSuggestion.ranked(new RegionCode("110105"),
                List.of(partner("Haidian", "110108"), partner("Tianjin", "120000"), partner("Hebei", "130000")));

        assertThat(ranked).isEmpty();
    }
}
