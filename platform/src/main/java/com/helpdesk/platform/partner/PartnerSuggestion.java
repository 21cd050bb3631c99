package com.helpdesk.platform.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A partner that covers a region, with the code through which it does: the region itself, its
 * city or its province. Suggestions come most specific first, so a district's own partner is
 * offered before one that covers the whole province.
 */
public record PartnerSuggestion(Partner partner, String coveredBy) {

    public PartnerSuggestion {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(coveredBy, "coveredBy");
    }

    /** The partners that cover {@code region}, most specific code first, then by name. */
    static List<PartnerSuggestion> ranked(RegionCode region, List<Partner> partners) {
        List<String> covering = region.coveringCodes();
        return partners.stream()
            .flatMap(partner -> covering.stream()
                .filter(partner.regionCodes()::contains)
                .findFirst()
                .map(code -> new PartnerSuggestion(partner, code))
                .stream())
            .sorted(Comparator.comparingInt((PartnerSuggestion s) -> covering.indexOf(s.coveredBy()))
                .thenComparing(s -> s.partner().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.partner().id()))
            .toList();
    }
}
