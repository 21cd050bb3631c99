package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.calendar.BusinessTimeCalculator;
import com.helpdesk.tenantadmin.calendar.Pause;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clocks one version of terms promises: business time on its calendar, or around the clock,
 * per target. Build one per terms version and keep it; it caches the calendar's compiled years.
 */
public final class TermsClock {

    private final ServiceTerms terms;
    private final BusinessTimeCalculator business;

    public TermsClock(ServiceTerms terms) {
        this.terms = terms;
        this.business = BusinessTimeCalculator.of(terms.calendar());
    }

    public ServiceTerms terms() {
        return terms;
    }

    /** The calculator behind a clock kind. */
    public BusinessTimeCalculator calculator(ClockKind clock) {
        return clock == ClockKind.AROUND_THE_CLOCK ? BusinessTimeCalculator.aroundTheClock() : business;
    }

    /** When the target falls due, its clock started at {@code start}. */
    public Instant due(Target target, Instant start) {
        return calculator(target.clock()).add(start, target.within());
    }

    /** When the target falls due, its clock started at {@code start} and stopped during the pauses. */
    public Instant due(Target target, Instant start, List<Pause> pauses) {
        return calculator(target.clock()).add(start, target.within(), pauses);
    }

    /** Time the target's clock has run from {@code start} to {@code now}, pauses excluded. */
    public Duration elapsed(Target target, Instant start, Instant now, List<Pause> pauses) {
        return calculator(target.clock()).between(start, now, pauses);
    }

    /**
     * The deadlines that run from the report: first response, each escalation step, restore,
     * on-site for the region's zone, and extras. Resolve runs from first contact instead; ask
     * {@link #due(Target, Instant)} for it once the contact is made.
     */
    public List<Deadline> deadlines(int levelCode, String regionCode, Instant reportedAt) {
        LevelTargets targets = terms.level(levelCode).targets();
        List<Deadline> deadlines = new ArrayList<>();
        add(deadlines, TargetKind.FIRST_RESPONSE, "", targets.firstResponse(), reportedAt);
        for (EscalationStep step : targets.escalation()) {
            Target target = new Target(step.after(), step.clock());
            Instant due = calculator(step.clock()).add(reportedAt, step.after());
            deadlines.add(new Deadline(TargetKind.ESCALATION, step.to(), due, target));
        }
        add(deadlines, TargetKind.RESTORE, "", targets.restore(), reportedAt);
        Optional<RegionZone> zone = regionCode == null ? Optional.empty() : terms.zoneOf(regionCode);
        zone.ifPresent(z -> add(deadlines, TargetKind.ON_SITE, z.name(), targets.onSite().get(z.name()), reportedAt));
        targets.extra().forEach((name, target) -> add(deadlines, TargetKind.EXTRA, name, target, reportedAt));
        return List.copyOf(deadlines);
    }

    private void add(List<Deadline> deadlines, TargetKind kind, String name, Target target, Instant start) {
        if (target != null) {
            deadlines.add(new Deadline(kind, name, due(target, start), target));
        }
    }
}
