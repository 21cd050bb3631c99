package com.helpdesk.tenantadmin.terms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time targets of one severity level. An absent target is "n/a".
 * Starting points, as vendors define them: all from the customer's first report, except
 * {@code resolve}, which runs from the vendor's first contact.
 *
 * @param firstResponse from report to the vendor's first contact
 * @param escalation    steps to higher tiers, in order of {@code after}
 * @param restore       from report to an accepted workaround that restores the service
 * @param resolve       from first contact to the final fix
 * @param onSite        engineer on site, per region zone name; a zone not listed has no on-site promise
 * @param extra         further named targets, e.g. "spare-unit" delivered within 8 h, from report
 */
public record LevelTargets(
        Target firstResponse,
        List<EscalationStep> escalation,
        Target restore,
        Target resolve,
        Map<String, Target> onSite,
        Map<String, Target> extra) {

    public LevelTargets {
        escalation = escalation == null ? List.of() : escalation.stream().toList();
        onSite = ordered(onSite);
        extra = ordered(extra);
    }

    private static Map<String, Target> ordered(Map<String, Target> targets) {
        return targets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
}
