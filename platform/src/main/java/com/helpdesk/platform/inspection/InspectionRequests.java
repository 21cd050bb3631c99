package com.helpdesk.platform.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.helpdesk.platform.web.TextInput;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.InspectionInterval;

/** The bodies of the inspection API, with their field checks. */
final class InspectionRequests {

    static final int MAX_ITEMS = 100;
    static final int MAX_LINE = 200;
    static final int MAX_TEXT = 8000;

    private InspectionRequests() {
    }

    /**
     * A new plan. {@code interval} defaults to the terms' inspection interval; the visits go to an
     * engineer ({@code assigneeId}) or a service partner ({@code partnerId}), not both.
     */
    record PlanDraft(UUID customerId, UUID deviceId, String interval, LocalDate firstVisitOn, UUID assigneeId,
            UUID partnerId, String notes) {

        Checked check(Violations violations, InspectionInterval termsInterval) {
            violations.require("customerId", customerId);
            violations.require("firstVisitOn", firstVisitOn);
            InspectionInterval checked = termsInterval;
            if (interval != null) {
                try {
                    checked = InspectionInterval.valueOf(interval);
                }
                catch (IllegalArgumentException e) {
                    violations.add("interval", "must be one of MONTHLY, QUARTERLY, HALF_YEARLY, TWICE_YEARLY, YEARLY");
                }
            }
            else if (termsInterval == null) {
                violations.add("interval", "is required: the terms in force name no inspection interval");
            }
            if (assigneeId != null && partnerId != null) {
                violations.add("partnerId", "name an engineer or a service partner, not both");
            }
            String checkedNotes = TextInput.text(violations, "notes", notes, 2000, false);
            return new Checked(checked, checkedNotes);
        }

        record Checked(InspectionInterval interval, String notes) {
        }
    }

    /** The inspection report: what was checked, found and measured, and who signed it off. */
    record Report(Integer version, LocalDate visitedOn, List<InspectionVisit.CheckItem> checklist, String findings,
            List<InspectionVisit.Reading> readings, String signedOffBy) {

        Report checked(Violations violations, LocalDate scheduledOn, LocalDate today) {
            violations.require("version", version);
            if (violations.require("visitedOn", visitedOn) && visitedOn.isAfter(today)) {
                violations.add("visitedOn", "must not be in the future");
            }
            List<InspectionVisit.CheckItem> items = new ArrayList<>();
            List<InspectionVisit.CheckItem> given = checklist == null ? List.of() : checklist;
            if (given.isEmpty()) {
                violations.add("checklist", "list at least one item checked");
            }
            else if (given.size() > MAX_ITEMS) {
                violations.add("checklist", "must list at most " + MAX_ITEMS + " items");
            }
            else {
                for (int i = 0; i < given.size(); i++) {
                    Violations at = violations.at("checklist", i);
                    InspectionVisit.CheckItem item = given.get(i);
                    if (item == null) {
                        at.add("is required");
                        continue;
                    }
                    String name = TextInput.line(at, "item", item.item(), MAX_LINE, true);
                    at.require("ok", item.ok());
                    items.add(new InspectionVisit.CheckItem(name, item.ok(),
                            TextInput.line(at, "note", item.note(), MAX_LINE, false)));
                }
            }
            List<InspectionVisit.Reading> values = new ArrayList<>();
            List<InspectionVisit.Reading> read = readings == null ? List.of() : readings;
            for (int i = 0; i < Math.min(read.size(), MAX_ITEMS); i++) {
                Violations at = violations.at("readings", i);
                InspectionVisit.Reading r = read.get(i);
                if (r == null) {
                    at.add("is required");
                    continue;
                }
                values.add(new InspectionVisit.Reading(TextInput.line(at, "name", r.name(), MAX_LINE, true),
                        TextInput.line(at, "value", r.value(), MAX_LINE, true),
                        TextInput.line(at, "unit", r.unit(), 20, false)));
            }
            return new Report(version, visitedOn, items, TextInput.text(violations, "findings", findings, MAX_TEXT, false),
                    values, TextInput.line(violations, "signedOffBy", signedOffBy, MAX_LINE, true));
        }
    }

    record Deactivation(Integer version) {
    }
}
