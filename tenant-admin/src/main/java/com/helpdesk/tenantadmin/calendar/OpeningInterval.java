package com.helpdesk.tenantadmin.calendar;

/**
 * Opening hours within one local day, from inclusive to exclusive; {@code to} may be 24:00.
 * Checked by the {@link BusinessCalendar} that holds it, so that all mistakes are reported at once.
 */
public record OpeningInterval(TimeOfDay from, TimeOfDay to) {

    public static OpeningInterval of(String from, String to) {
        return new OpeningInterval(TimeOfDay.parse(from), TimeOfDay.parse(to));
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
