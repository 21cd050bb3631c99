package com.helpdesk.tenantadmin.entitlement;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.tenantadmin.AdminCaller;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.NoTermsException;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/** Lets a vendor's admin try the warranty and entitlement rules in force on an example device. */
@RestController
class EntitlementController {

    private final TermsCatalog catalog;
    private final Clock clock;

    EntitlementController(TermsCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @PostMapping("/api/admin/entitlement/preview")
    EntitlementView preview(AdminCaller caller, @RequestBody EntitlementPreview request) {
        ServiceTerms terms = catalog.current(caller.ownTenant())
            .orElseThrow(() -> new NoTermsException("No terms are published yet."));
        Device device = device(request, terms);
        Instant at = request.at() != null ? request.at() : clock.instant();
        return EntitlementView.of(terms.entitlementEvaluator(device.productLine())
            .evaluate(device, request.repairs(), at, terms.calendar().zone()));
    }

    private static Device device(EntitlementPreview request, ServiceTerms terms) {
        Violations violations = Violations.collect();
        if (request.productLine() == null || terms.warrantyFor(request.productLine()).isEmpty()) {
            violations.add("productLine", "has no warranty policy in the terms in force");
        }
        violations.require("purchaseDate", request.purchaseDate());
        if (request.purchaseDate() != null && request.acceptanceDate() != null
                && request.acceptanceDate().isBefore(request.purchaseDate())) {
            violations.add("acceptanceDate", "cannot be before the purchase date");
        }
        for (int i = 0; i < request.repairs().size(); i++) {
            if (request.repairs().get(i) == null) {
                violations.add("repairs[" + i + "]", "is required");
            }
        }
        violations.throwIfAny();
        return new Device(request.productLine(), request.purchaseDate(), request.acceptanceDate(),
                request.warrantyCardReceived(), request.dealerSold());
    }
}
