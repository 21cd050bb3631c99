package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.Violations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules for severity levels and their targets. */
final class LevelChecks {

    private LevelChecks() {
    }

    static void check(Violations v, List<SeverityLevel> levels, Set<String> zoneNames) {
        if (levels.size() < 3 || levels.size() > 4) {
            v.add("define 3 or 4 severity levels, found " + levels.size());
        }
        for (int i = 0; i < levels.size(); i++) {
            SeverityLevel level = levels.get(i);
            Violations at = v.at("", i);
            if (!at.require("", level)) {
                continue;
            }
            if (level.code() != i + 1) {
                at.add("code", "levels are numbered 1, 2, 3… in order: expected %d, found %d"
                        .formatted(i + 1, level.code()));
            }
            if (level.name() == null || level.name().isBlank()) {
                at.add("name", "is required");
            }
            if (level.definition() == null || level.definition().isBlank()) {
                at.add("definition", "say which faults belong to this level");
            }
            if (at.require("targets", level.targets())) {
                checkTargets(at.at("targets"), level.targets(), zoneNames);
            }
        }
    }

    private static void checkTargets(Violations at, LevelTargets targets, Set<String> zoneNames) {
        checkOptional(at, "firstResponse", targets.firstResponse());
        checkOptional(at, "restore", targets.restore());
        checkOptional(at, "resolve", targets.resolve());
        checkEscalation(at, targets);
        for (Map.Entry<String, Target> onSite : targets.onSite().entrySet()) {
            Violations zone = at.at("onSite").at(onSite.getKey());
            if (!zoneNames.contains(onSite.getKey())) {
                zone.add("unknown zone; the zones are " + zoneNames);
            }
            if (zone.require("", onSite.getValue())) {
                onSite.getValue().check(zone);
            }
        }
        for (Map.Entry<String, Target> extra : targets.extra().entrySet()) {
            Violations named = at.at("extra").at(extra.getKey());
            if (extra.getKey().isBlank()) {
                named.add("name the extra target");
            }
            if (named.require("", extra.getValue())) {
                extra.getValue().check(named);
            }
        }
    }

    private static void checkOptional(Violations at, String field, Target target) {
        if (target != null) {
            target.check(at.at(field));
        }
    }

    /** Steps in order, and none due after the fix itself is (the resolve target, else the restore target). */
    private static void checkEscalation(Violations at, LevelTargets targets) {
        Target fix = targets.resolve() != null ? targets.resolve() : targets.restore();
        String fixName = targets.resolve() != null ? "resolve" : "restore";
        Duration fixDue = fix != null && fix.within() != null && fix.within().isPositive() ? fix.within() : null;
        Duration previous = null;
        for (int j = 0; j < targets.escalation().size(); j++) {
            EscalationStep step = targets.escalation().get(j);
            Violations stepAt = at.at("escalation", j);
            if (!stepAt.require("", step)) {
                continue;
            }
            step.check(stepAt);
            if (step.after() == null) {
                continue;
            }
            if (previous != null && step.after().compareTo(previous) < 0) {
                stepAt.add("after", "steps go in order: this one comes before the previous step (" + previous + ")");
            }
            if (fixDue != null && step.after().compareTo(fixDue) > 0) {
                stepAt.add("after", "escalates after the %s target (%s) is already due".formatted(fixName, fixDue));
            }
            previous = step.after();
        }
    }
}
