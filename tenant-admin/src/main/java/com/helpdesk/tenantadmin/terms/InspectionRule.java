package com.helpdesk.tenantadmin.terms;

/** Preventive inspections: how often, and the report within this many working days of the visit. */
public record InspectionRule(InspectionInterval interval, int reportWithinWorkingDays) {
}
