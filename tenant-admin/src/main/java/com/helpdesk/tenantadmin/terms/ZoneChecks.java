package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.Violations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for region zones: unique names, at most one catch-all, and every region code in one zone only. */
final class ZoneChecks {

    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");

    private ZoneChecks() {
    }

    static Set<String> names(List<RegionZone> zones) {
        Set<String> names = new LinkedHashSet<>();
        zones.stream().filter(z -> z != null && z.name() != null).forEach(z -> names.add(z.name()));
        return names;
    }

    static void check(Violations v, List<RegionZone> zones) {
        Map<String, Integer> names = new HashMap<>();
        Integer catchAll = null;
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            RegionZone zone = zones.get(i);
            Violations at = v.at("", i);
            if (!at.require("", zone)) {
                continue;
            }
            checkName(at, zone, i, names);
            if (zone.catchAll()) {
                if (catchAll != null) {
                    at.add("catchAll", "only one zone may be the catch-all; zones[%d] already is".formatted(catchAll));
                }
                catchAll = i;
                if (!zone.regionCodes().isEmpty()) {
                    at.add("regionCodes", "the catch-all zone covers everywhere else and lists no codes");
                }
            } else if (zone.regionCodes().isEmpty()) {
                at.add("regionCodes", "list at least one region code, or make the zone the catch-all");
            }
            collectCodes(at, zone, i, codes);
        }
        checkOverlaps(v, codes);
    }

    private static void checkName(Violations at, RegionZone zone, int index, Map<String, Integer> names) {
        if (zone.name() == null || zone.name().isBlank()) {
            at.add("name", "is required");
            return;
        }
        Integer earlier = names.putIfAbsent(zone.name(), index);
        if (earlier != null) {
            at.add("name", "duplicates zones[%d]".formatted(earlier));
        }
    }

    private static void collectCodes(Violations at, RegionZone zone, int zoneIndex, List<Code> codes) {
        for (int j = 0; j < zone.regionCodes().size(); j++) {
            String code = zone.regionCodes().get(j);
            if (code == null || !DIVISION_CODE.matcher(code).matches()) {
                at.at("regionCodes", j).add("must be a 6-digit administrative division code, was " + code);
            } else {
                codes.add(new Code(zoneIndex, j, code, RegionZone.significantPrefix(code)));
            }
        }
    }

    /** A region may belong to one zone only, so no code may cover another (110000 covers 110105). */
    private static void checkOverlaps(Violations v, List<Code> codes) {
        for (int k = 1; k < codes.size(); k++) {
            Code later = codes.get(k);
            for (int m = 0; m < k; m++) {
                Code earlier = codes.get(m);
                if (later.prefix.startsWith(earlier.prefix) || earlier.prefix.startsWith(later.prefix)) {
                    String how = later.code.equals(earlier.code) ? "duplicates" : "overlaps";
                    v.at("", later.zone).at("regionCodes", later.index).add("%s %s at zones[%d].regionCodes[%d]"
                            .formatted(how, earlier.code, earlier.zone, earlier.index));
                    break;
                }
            }
        }
    }

    private record Code(int zone, int index, String code, String prefix) {
    }
}
