package com.helpdesk.tenantadmin.terms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A named service region for on-site targets ("home-city", "around Beijing"), given as Chinese
 * administrative division codes. A code covers every code below it: {@code 110000} (Beijing)
 * covers {@code 110105} (Chaoyang), {@code 320500} (Suzhou) covers {@code 320505}.
 * One zone may be the catch-all for everywhere else; it lists no codes.
 */
public record RegionZone(String name, List<String> regionCodes, boolean catchAll) {

    public RegionZone {
        regionCodes = regionCodes == null ? List.of() : regionCodes.stream().toList();
    }

    /** From JSON, where {@code catchAll} is usually left out. */
    @JsonCreator
    static RegionZone fromJson(@JsonProperty("name") String name, @JsonProperty("regionCodes") List<String> regionCodes,
                               @JsonProperty("catchAll") Boolean catchAll) {
        return new RegionZone(name, regionCodes, Boolean.TRUE.equals(catchAll));
    }

    public static RegionZone of(String name, String... regionCodes) {
        return new RegionZone(name, List.of(regionCodes), false);
    }

    public static RegionZone elsewhere(String name) {
        return new RegionZone(name, List.of(), true);
    }

    /** Whether one of this zone's own codes covers {@code regionCode} (the catch-all covers nothing by itself). */
    public boolean covers(String regionCode) {
        return regionCodes.stream().anyMatch(code -> regionCode.startsWith(significantPrefix(code)));
    }

    /** The code without its trailing "00" pairs: 110000 → 11, 320500 → 3205, 320505 → 320505. */
    static String significantPrefix(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
