package com.helpdesk.platform.ticket;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.helpdesk.platform.customer.CustomerDirectory.CustomerFacts;
import com.helpdesk.platform.customer.CustomerDirectory.DeviceFacts;
import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ServiceTerms;

/**
 * A fault report as the vendors' own forms take it: who calls, where, which device, bought when,
 * the problem in the caller's words, how it came in and how severe it is. A known customer and
 * device fill in what the caller did not say.
 */
public record TicketIntake(String channel, Integer severity, UUID customerId, UUID deviceId, Caller caller,
        String regionCode, String address, String productLine, String serialNumber, LocalDate purchaseDate,
        String problem, UUID assigneeId) {

    static final int MAX_PROBLEM = 8000;
    private static final Pattern REGION_CODE = Pattern.compile("[1-9][0-9]{5}");

    /** The caller as they introduced themselves. */
    public record Caller(String name, String phone) {
    }

    /**
     * The intake checked field by field, with the caller's number in E.164 and gaps filled from the
     * customer and device. {@code customer}/{@code device} are what the ids named (null if absent
     * or unknown: the caller of this method reports unknown ids).
     */
    Checked check(Violations violations, ServiceTerms terms, PhoneNumbers numbers, CustomerFacts customer,
            DeviceFacts device, LocalDate today) {
        Channel checkedChannel = null;
        if (channel == null || channel.isBlank()) {
            violations.add("channel", "is required: phone, ivr, web or api");
        }
        else {
            checkedChannel = Channel.of(channel).orElse(null);
            if (checkedChannel == null) {
                violations.add("channel", "must be phone, ivr, web or api");
            }
        }
        if (severity == null) {
            violations.add("severity", "is required");
        }
        else if (terms.levels().stream().noneMatch(l -> l.code() == severity)) {
            violations.add("severity", "must be one of the vendor's levels 1 to " + terms.levels().size());
        }
        String checkedProblem = problem == null ? "" : problem.strip();
        if (checkedProblem.isEmpty()) {
            violations.add("problem", "is required: the fault in the caller's words");
        }
        else if (checkedProblem.length() > MAX_PROBLEM) {
            violations.add("problem", "must be at most " + MAX_PROBLEM + " characters");
        }
        String name = text(violations, "caller.name", caller == null ? null : caller.name(), 200);
        String phone = null;
        if (caller != null && caller.phone() != null && !caller.phone().isBlank()) {
            phone = numbers.toE164(caller.phone(), violations.at("caller").at("phone")).orElse(null);
        }
        String region = regionCode;
        if (region == null && customer != null) {
            region = customer.regionCode();
        }
        if (region != null && !REGION_CODE.matcher(region).matches()) {
            violations.add("regionCode", "must be a 6-digit administrative division code such as 110105");
        }
        if (purchaseDate != null && purchaseDate.isAfter(today)) {
            violations.add("purchaseDate", "must not be in the future");
        }
        return new Checked(checkedChannel, severity == null ? 0 : severity,
                customer == null ? null : customer.id(), device == null ? null : device.id(),
                name.isEmpty() && customer != null ? customer.name() : name,
                phone == null && customer != null ? customer.phone() : phone, region,
                firstNonBlank(text(violations, "address", address, 500), customer == null ? "" : customer.address()),
                firstNonBlank(text(violations, "productLine", productLine, 100),
                        device == null ? "" : device.productLine()),
                firstNonBlank(text(violations, "serialNumber", serialNumber, 100),
                        device == null ? "" : device.serialNumber()),
                purchaseDate != null ? purchaseDate : device == null ? null : device.purchaseDate(), checkedProblem,
                assigneeId);
    }

    private static String text(Violations violations, String field, String value, int max) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            violations.add(field, "must not contain control characters");
        }
        return stripped;
    }

    private static String firstNonBlank(String given, String known) {
        return given.isEmpty() ? known : given;
    }

    /** An intake that passed every check. */
    record Checked(Channel channel, int severity, UUID customerId, UUID deviceId, String callerName,
            String callerPhone, String regionCode, String address, String productLine, String serialNumber,
            LocalDate purchaseDate, String problem, UUID assigneeId) {
    }
}
