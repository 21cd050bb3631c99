package com.helpdesk.platform.customer;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/** The customer archive: customers, their numbers, the lookup by a caller's number, and the caller archive. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private final CustomerRepository customers;
    private final CallerArchives archives;
    private final Clock clock;

    CustomerController(CustomerRepository customers, CallerArchives archives, Clock clock) {
        this.customers = customers;
        this.archives = archives;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<CustomerView> create(@AuthenticationPrincipal StaffMember member, @RequestBody CustomerDraft body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        CustomerDraft checked = body.checked(violations, PhoneNumbers.of(member.tenant()));
        violations.throwIfAny();
        UUID id = customers.create(tenant, checked, clock.instant());
        return ResponseEntity.created(URI.create("/api/customers/" + id)).body(read(tenant, id));
    }

    @GetMapping("/{id}")
    CustomerView read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return read(member.tenantId(), id);
    }

    @PutMapping("/{id}")
    CustomerView update(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody CustomerChange body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        body.check(violations);
        violations.throwIfAny();
        customers.update(tenant, id, body, clock.instant());
        return read(tenant, id);
    }

    /** By a caller's number in any format (normalised first), or a page of customers whose name contains {@code name}. */
    @GetMapping
    CustomerSummary.Page find(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        if (phone != null) {
            String number = PhoneNumbers.of(member.tenant()).toE164(phone, violations.at("phone")).orElse(null);
            violations.throwIfAny();
            List<CustomerSummary> found = customers.byPhone(tenant, number);
            return new CustomerSummary.Page(found, 0, found.size(), found.size());
        }
        TextFields.optional(violations, "name", name, CustomerDraft.MAX_NAME, false);
        if (page < 0 || page > MAX_PAGE) {
            violations.add("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        violations.throwIfAny();
        return customers.search(tenant, name == null ? "" : name.strip(), page, size);
    }

    @PostMapping("/{id}/phones")
    @ResponseStatus(HttpStatus.CREATED)
    List<PhoneDraft> addPhone(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody PhoneDraft body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        PhoneDraft phone = body.checked(violations, PhoneNumbers.of(member.tenant()));
        violations.throwIfAny();
        customers.addPhone(tenant, id, phone);
        return read(tenant, id).phones();
    }

    /** {@code number} may be written in any format; it is normalised like a new one. */
    @DeleteMapping("/{id}/phones/{number}")
    ResponseEntity<Void> removePhone(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @PathVariable String number) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        String e164 = PhoneNumbers.of(member.tenant()).toE164(number, violations.at("number")).orElse(null);
        violations.throwIfAny();
        customers.removePhone(tenant, id, e164);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/archive")
    CallerArchive archive(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return archives.of(member.tenantId(), id);
    }

    private CustomerView read(TenantId tenant, UUID id) {
        return customers.find(tenant, id).orElseThrow(() -> new NotFoundException("Customer", id));
    }
}
