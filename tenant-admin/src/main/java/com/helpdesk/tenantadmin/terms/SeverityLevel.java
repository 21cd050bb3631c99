package com.helpdesk.tenantadmin.terms;

/**
 * One of the vendor's 3 or 4 fault levels.
 *
 * @param code       1 (most severe) to 4
 * @param name       the tenant's name, e.g. "严重/Severe"
 * @param definition what faults belong here, as the vendor words it
 * @param targets    the time targets that apply
 */
public record SeverityLevel(int code, String name, String definition, LevelTargets targets) {
}
