package com.helpdesk.platform.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.platform.customer.RepairsOfCustomer.RecordedRepair;
import com.helpdesk.tenantadmin.entitlement.Entitlement;
import com.helpdesk.tenantadmin.entitlement.EntitlementRules;
import com.helpdesk.tenantadmin.entitlement.EntitlementAssessment;
import com.helpdesk.tenantadmin.terms.RegionZone;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/** Builds the {@link CallerArchive} of a customer from the archive and the terms in force. */
@Component
class CallerArchives {

    /** More would not fit the screen pop; the ticket list has the rest. */
    static final int MAX_OPEN_TICKETS = 20;
    static final int MAX_RECENT_CALLS = 10;

    private final CustomerRepository customers;
    private final DeviceRepository devices;
    private final TermsCatalog catalog;
    private final TenantTransactions transactions;
    private final OpenTicketsOfCustomer openTickets;
    private final RecentCallsOfCustomer recentCalls;
    private final RepairsOfCustomer repairs;
    private final Clock clock;

    CallerArchives(CustomerRepository customers, DeviceRepository devices, TermsCatalog catalog,
            TenantTransactions transactions, OpenTicketsOfCustomer openTickets, RecentCallsOfCustomer recentCalls,
            RepairsOfCustomer repairs, Clock clock) {
        this.repairs = repairs;
        this.openTickets = openTickets;
        this.recentCalls = recentCalls;
        this.customers = customers;
        this.devices = devices;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    CallerArchive of(TenantId tenant, UUID id) {
        Optional<ServiceTerms> terms = catalog.current(tenant);
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            CustomerView customer = customers.find(tenant, id).orElseThrow(() -> new NotFoundException("Customer", id));
            List<CallerArchive.Address> addresses = customer.addresses().stream()
                .map(a -> new CallerArchive.Address(a.id(), a.regionCode(), a.text(),
                        terms.flatMap(t -> t.zoneOf(a.regionCode())).map(RegionZone::name).orElse(null)))
                .toList();
            Map<UUID, List<RecordedRepair>> ledger = repairs.repairs(tenant, id).stream()
                .collect(Collectors.groupingBy(RecordedRepair::deviceId));
            List<CallerArchive.DeviceEntry> entries = devices.ofCustomer(tenant, id).stream()
                .map(device -> entry(device, ledger.getOrDefault(device.id(), List.of()), terms.orElse(null), now))
                .toList();
            return new CallerArchive(customer, customer.phones(), addresses, customer.contacts(), entries,
                    openTickets.openTickets(tenant, id, MAX_OPEN_TICKETS),
                    recentCalls.recentCalls(tenant, id, MAX_RECENT_CALLS));
        });
    }

    private static CallerArchive.DeviceEntry entry(DeviceView device, List<RecordedRepair> repaired,
            ServiceTerms terms, Instant now) {
        String unavailable = unavailable(device, terms, now);
        if (unavailable != null) {
            return new CallerArchive.DeviceEntry(device, CallerArchive.Warranty.unavailable(unavailable),
                    RepeatFaults.flags(repaired, null, null, ZoneOffset.UTC));
        }
        ZoneId zone = terms.calendar().zone();
        // The service ledger feeds the repeated-failure rules (three guarantees, vendor replacement).
        EntitlementAssessment assessment = terms.entitlementEvaluator(device.productLine())
            .evaluate(device.draft().device(), RepeatFaults.history(repaired, zone), now, zone);
        EntitlementRules rules = terms.entitlementFor(device.productLine()).orElse(null);
        return new CallerArchive.DeviceEntry(device, warranty(device, terms, assessment),
                RepeatFaults.flags(repaired, rules, assessment, zone));
    }

    /** Why warranty and entitlement cannot be computed for the device; null when they can. */
    private static String unavailable(DeviceView device, ServiceTerms terms, Instant now) {
        if (terms == null) {
            return "The vendor has published no service terms yet.";
        }
        if (terms.warrantyFor(device.productLine()).isEmpty()) {
            return "The terms in force have no warranty policy for the product line '" + device.productLine() + "'.";
        }
        if (device.purchaseDate().isAfter(LocalDate.ofInstant(now, terms.calendar().zone()))) {
            return "The purchase date is after today.";
        }
        return null;
    }

    private static CallerArchive.Warranty warranty(DeviceView device, ServiceTerms terms,
            EntitlementAssessment assessment) {
        List<CallerArchive.ComponentCover> components = assessment.entitlements().stream()
            .filter(Entitlement.ComponentCover.class::isInstance)
            .map(Entitlement.ComponentCover.class::cast)
            .map(c -> new CallerArchive.ComponentCover(c.component(), c.basis().name(), c.start(), c.months(),
                    c.lastDay(), c.status().name()))
            .toList();
        return new CallerArchive.Warranty(terms.version(), assessment.today(), assessment.day(),
                assessment.openRemedies(), assessment.sentences(Locale.SIMPLIFIED_CHINESE),
                assessment.sentences(Locale.ENGLISH), components,
                terms.warrantyFor(device.productLine()).orElseThrow().exclusions(), null);
    }
}
