package com.helpdesk.tenantadmin.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns a local opening or closing time into an instant, by one rule that also covers daylight
 * saving: <em>a time takes effect at the first instant the wall clock reaches it</em>.
 * <ul>
 *   <li>Spring forward (gap): a time that does not exist takes effect at the jump, so 02:30 in
 *       Berlin on the last Sunday of March is 03:00 CEST, and an interval lying wholly inside the
 *       gap is empty.</li>
 *   <li>Fall back (overlap): a time that occurs twice takes effect at its first occurrence (the
 *       earlier offset), so an interval 01:00–04:00 lasts four real hours and one that ends at 02:30
 *       closes at the first 02:30 and does not reopen in the repeated hour.</li>
 * </ul>
 * The rule is monotone in wall time, so the instants of a day's intervals stay in order.
 */
final class WallClock {

    private final ZoneRules rules;

    WallClock(ZoneRules rules) {
        this.rules = rules;
    }

    /** Epoch second at which the wall clock first reaches {@code secondOfDay} (0..86400) on {@code date}. */
    long firstReaching(LocalDate date, int secondOfDay) {
        LocalDateTime wall = date.atStartOfDay().plusSeconds(secondOfDay);
        ZoneOffsetTransition transition = rules.getTransition(wall);
        if (transition == null) {
            return wall.toEpochSecond(rules.getOffset(wall));
        }
        if (transition.isGap()) {
            return transition.getInstant().getEpochSecond();
        }
        return wall.toEpochSecond(transition.getOffsetBefore());
    }
}
