package com.helpdesk.platform.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.customer.CustomerDirectory;
import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.platform.web.ConflictException;
import com.helpdesk.telephony.call.Dialer;
import com.helpdesk.tenantadmin.Hotline;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;

/**
 * Callbacks and return visits by phone: rings the agent's desk phone and, when the agent picks up,
 * dials the customer, presenting the vendor's hotline. The call is logged like any other, with the
 * customer and ticket it was for; the outcome reaches the agent on {@code /user/queue/calls}.
 */
@Service
class ClickToCall {

    static final String QUEUE = "calls";
    private static final Logger log = LoggerFactory.getLogger(ClickToCall.class);

    private final Dialer dialer;
    private final StaffDirectory staff;
    private final CustomerDirectory customers;
    private final Tickets tickets;
    private final RealtimePushes pushes;
    private final ReturnVisitCalls returnVisits;

    ClickToCall(Dialer dialer, StaffDirectory staff, CustomerDirectory customers, Tickets tickets,
            RealtimePushes pushes, ReturnVisitCalls returnVisits) {
        this.dialer = dialer;
        this.staff = staff;
        this.customers = customers;
        this.tickets = tickets;
        this.pushes = pushes;
        this.returnVisits = returnVisits;
    }

    /** Places the call; answers at once with what is being dialled, the outcome follows as a push. */
    Placing call(TenantProfile tenant, UUID agent, CallbackRequest request) {
        Violations violations = Violations.collect();
        if (request.customerId() != null && customers.customer(tenant.id(), request.customerId()).isEmpty()) {
            violations.add("customerId", "names no customer of this vendor");
        }
        if (request.ticketId() != null && tickets.find(tenant.id(), request.ticketId()).isEmpty()) {
            violations.add("ticketId", "names no ticket of this vendor");
        }
        if (request.returnVisitId() != null && !returnVisits.exists(tenant.id(), request.returnVisitId())) {
            violations.add("returnVisitId", "names no return visit of this vendor");
        }
        String number = null;
        if (request.number() != null && !request.number().isBlank()) {
            number = PhoneNumbers.of(tenant).toE164(request.number(), violations.at("number")).orElse(null);
        }
        else if (request.customerId() != null) {
            number = customers.customer(tenant.id(), request.customerId()).map(c -> c.phone()).orElse(null);
            if (number == null && violations.isEmpty()) {
                violations.add("number", "is required: the customer has no number on file");
            }
        }
        else {
            violations.add("number", "is required, or a customerId with a number on file");
        }
        violations.throwIfAny();

        String extension = staff.extensionOf(tenant.id(), agent).orElseThrow(() -> new ConflictException(
                "You have no desk phone: a supervisor assigns your extension under /api/staff/{id}/extension."));
        Hotline hotline = tenant.hotlines().stream().findFirst().orElseThrow(() -> new ConflictException(
                "This vendor has no hotline to call from."));
        String server = dialer.serverFor(hotline.number()).orElseThrow(() -> new ConflictException(
                "No telephone server answers this vendor's hotline " + hotline.number() + "."));

        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("DID", hotline.number());
        Optional.ofNullable(request.ticketId()).ifPresent(id -> variables.put("TICKET", id.toString()));
        Optional.ofNullable(request.customerId()).ifPresent(id -> variables.put("CUSTOMER", id.toString()));
        Optional.ofNullable(request.returnVisitId()).ifPresent(id -> variables.put("RETURN_VISIT", id.toString()));
        String dialled = number;
        dialer.originate(server, extension, number, variables).whenComplete((outcome, failure) -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("number", dialled);
            result.put("placed", failure == null && outcome.placed());
            result.put("linkedId", failure == null ? outcome.linkedId() : "");
            result.put("reason", failure != null ? "the telephone server did not answer" : outcome.reason());
            if (failure != null) {
                log.warn("Click-to-call from extension {} to {} failed", extension, dialled, failure);
            }
            if (request.returnVisitId() != null && failure == null && outcome.placed() && outcome.linkedId() != null
                    && !outcome.linkedId().isBlank()) {
                try {
                    returnVisits.placed(tenant.id(), request.returnVisitId(), outcome.linkedId(), agent);
                }
                catch (RuntimeException e) {
                    log.warn("Could not link call {} to return visit {}", outcome.linkedId(), request.returnVisitId(), e);
                }
            }
            result.put("returnVisitId", request.returnVisitId());
            pushes.toStaff(tenant.id(), agent, QUEUE, result);
        });
        return new Placing(number, extension, hotline.number());
    }

    /**
     * @param number        the customer's number to dial, else the customer's first number on file
     * @param returnVisitId the return visit this call is for: the visit lists the call once placed
     */
    record CallbackRequest(String number, UUID customerId, UUID ticketId, UUID returnVisitId) {
    }

    /** What is being dialled: the agent's phone rings first. */
    record Placing(String number, String extension, String presentedAs) {
    }
}
