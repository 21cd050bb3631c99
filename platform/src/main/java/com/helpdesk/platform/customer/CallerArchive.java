package com.helpdesk.platform.customer;

import java.util.UUID;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.helpdesk.tenantadmin.entitlement.Remedy;

/**
 * The caller archive (用户档案) popped to the agent whose phone rings: who the customer is, how to
 * reach them (their numbers and contacts), where they are (with the on-site region zone) and every device with what the
 * customer is entitled to today, in words an agent can read out.
 *
 * @param openTickets the tickets still under repair, newest first, with their running clocks
 * @param recentCalls the latest calls from or to the customer, newest first
 */
public record CallerArchive(CustomerView customer, List<PhoneDraft> phones, List<Address> addresses,
        List<CustomerView.ContactView> contacts, List<DeviceEntry> devices, List<?> openTickets, List<?> recentCalls) {

    /** An address with the vendor's region zone it falls in; null when the terms promise no on-site service there. */
    record Address(UUID id, String regionCode, String text, String zone) {
    }

    /**
     * @param repeatFaults the faults repaired more than once on this device, with what the rules
     *                     make of them: the agent is told when the customer may now ask for a new unit
     */
    record DeviceEntry(DeviceView device, Warranty warranty, List<RepeatFault> repeatFaults) {
    }

    /**
     * A fault the device keeps coming back with (repeat-fault watch).
     *
     * @param repairs             how many repairs of it are recorded
     * @param tickets             the numbers of the tickets that repaired it, oldest first
     * @param replacementAfter    the vendor's threshold for a new unit; null when no replacement rule applies
     * @param replacementEntitled the vendor's rule opens a replacement with a new unit now
     * @param returnEntitled      the three-guarantees law opens a return now
     */
    record RepeatFault(String faultCode, int repairs, List<Long> tickets, LocalDate lastRepairedOn,
            Integer replacementAfter, boolean replacementEntitled, boolean returnEntitled) {
    }

    /**
     * Warranty and entitlement of one device today. When they cannot be computed (no terms, no
     * policy for the product line) only {@code note} is set.
     *
     * @param termsVersion the version of the terms it was computed from
     * @param day          days since purchase, the purchase date being day 1
     * @param components   each component's cover
     * @param exclusions   what the warranty does not cover, in the vendor's words
     */
    record Warranty(Integer termsVersion, LocalDate today, Integer day, Set<Remedy> openRemedies,
            List<String> sentencesZh, List<String> sentencesEn, List<ComponentCover> components,
            List<String> exclusions, String note) {

        static Warranty unavailable(String note) {
            return new Warranty(null, null, null, Set.of(), List.of(), List.of(), List.of(), List.of(), note);
        }
    }

    /** One component's cover: {@code status} is IN_WARRANTY, EXPIRED or VOID. */
    record ComponentCover(String component, String basis, LocalDate start, int months, LocalDate lastDay,
            String status) {
    }
}
