package com.helpdesk.platform.customer;

import java.util.List;
import java.util.function.Supplier;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violation;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/** A customer's devices: registering one and correcting it. */
@RestController
@RequestMapping("/api/customers/{customerId}/devices")
class DeviceController {

    private final CustomerRepository customers;
    private final DeviceRepository devices;
    private final TermsCatalog catalog;
    private final Clock clock;

    DeviceController(CustomerRepository customers, DeviceRepository devices, TermsCatalog catalog, Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.catalog = catalog;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<DeviceView> add(@AuthenticationPrincipal StaffMember member, @PathVariable UUID customerId,
            @RequestBody DeviceDraft body) {
        TenantId tenant = member.tenantId();
        customers.requireExists(tenant, customerId);
        check(member, tenant, body);
        UUID id = uniqueSerial(() -> devices.add(tenant, customerId, body, clock.instant()));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/devices/" + id))
            .body(devices.find(tenant, customerId, id).orElseThrow());
    }

    @PutMapping("/{id}")
    DeviceView update(@AuthenticationPrincipal StaffMember member, @PathVariable UUID customerId,
            @PathVariable UUID id, @RequestBody DeviceDraft body) {
        TenantId tenant = member.tenantId();
        devices.find(tenant, customerId, id).orElseThrow(() -> new NotFoundException("Device", id));
        check(member, tenant, body);
        boolean updated = uniqueSerial(() -> devices.update(tenant, customerId, id, body, clock.instant()));
        if (!updated) {
            throw new NotFoundException("Device", id);
        }
        return devices.find(tenant, customerId, id).orElseThrow(() -> new NotFoundException("Device", id));
    }

    private void check(StaffMember member, TenantId tenant, DeviceDraft body) {
        ServiceTerms terms = catalog.current(tenant).orElse(null);
        LocalDate today = LocalDate.ofInstant(clock.instant(),
                terms != null ? terms.calendar().zone() : member.tenant().timeZone());
        Violations violations = Violations.collect();
        body.check(violations, terms, today);
        violations.throwIfAny();
    }

    /** Another device of the tenant has the serial number: a field problem, not a conflict of versions. */
    private static <T> T uniqueSerial(Supplier<T> write) {
        try {
            return write.get();
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(
                    new Violation("serialNumber", "is already registered for another device")));
        }
    }
}
