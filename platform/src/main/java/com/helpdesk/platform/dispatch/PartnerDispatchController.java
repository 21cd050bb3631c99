package com.helpdesk.platform.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.partner.Partner;
import com.helpdesk.platform.partner.PartnerDirectory;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.ticket.Ticket;
import com.helpdesk.platform.ticket.Tickets;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * The partner's app: its people, signed in with their own Keycloak users, see the work offered to
 * their company and answer it. They see what the visit needs (where, what, whom to call), never
 * the desk's internal comments.
 */
@RestController
@RequestMapping("/api/partner/dispatches")
class PartnerDispatchController {

    static final int MAX_QUEUE = 200;
    static final int MAX_TEXT = 200;
    /** A visit is scheduled from now to a month ahead; anything else is a typing error. */
    static final Duration LONGEST_AHEAD = Duration.ofDays(31);

    private final Dispatches dispatches;
    private final PartnerDirectory partners;
    private final Tickets tickets;
    private final Clock clock;

    PartnerDispatchController(Dispatches dispatches, PartnerDirectory partners, Tickets tickets, Clock clock) {
        this.dispatches = dispatches;
        this.partners = partners;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Offers waiting for an answer and accepted visits not yet made, oldest first. */
    @GetMapping
    List<PartnerJob> queue(@AuthenticationPrincipal StaffMember member) {
        TenantId tenant = member.tenantId();
        Partner partner = partnerOf(member);
        Instant now = clock.instant();
        return dispatches.workQueue(tenant, partner, MAX_QUEUE).stream()
            .map(d -> PartnerJob.of(DispatchView.of(d, now), tickets.find(tenant, d.ticketId()).orElseThrow()))
            .toList();
    }

    @PostMapping("/{id}/accept")
    DispatchView accept(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody Acceptance body) {
        Instant now = clock.instant();
        Violations violations = Violations.collect();
        if (body.visitAt() == null) {
            violations.add("visitAt", "is required: when the engineer will be there");
        }
        else if (body.visitAt().isBefore(now.minus(Duration.ofHours(1))) || body.visitAt().isAfter(now.plus(LONGEST_AHEAD))) {
            violations.add("visitAt", "must be between now and " + LONGEST_AHEAD.toDays() + " days ahead");
        }
        String engineer = text(violations, "engineerName", body.engineerName(), true);
        violations.throwIfAny();
        Partner partner = partnerOf(member);
        return DispatchView.of(dispatches.accept(member.tenantId(), partner, id, body.visitAt(), engineer,
                actor(member, partner)), now);
    }

    @PostMapping("/{id}/refuse")
    DispatchView refuse(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody Refusal body) {
        Violations violations = Violations.collect();
        String reason = text(violations, "reason", body.reason(), true);
        violations.throwIfAny();
        Partner partner = partnerOf(member);
        return DispatchView.of(dispatches.refuse(member.tenantId(), partner, id, reason, actor(member, partner)),
                clock.instant());
    }

    @PostMapping("/{id}/check-in")
    DispatchView checkIn(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        Partner partner = partnerOf(member);
        return DispatchView.of(dispatches.checkIn(member.tenantId(), partner, id, actor(member, partner)),
                clock.instant());
    }

    private Partner partnerOf(StaffMember member) {
        return partners.partnerOfUser(member.tenantId(), member.username())
            .orElseThrow(() -> new NotFoundException("Active service partner of user", member.username()));
    }

    private static Actor actor(StaffMember member, Partner partner) {
        return new Actor(member.userId(), member.username() + " (" + partner.name() + ")");
    }

    private static String text(Violations violations, String field, String value, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            violations.add(field, "is required");
        }
        else if (stripped.length() > MAX_TEXT || stripped.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "must be at most " + MAX_TEXT + " characters, without control characters");
        }
        return stripped;
    }

    record Acceptance(Instant visitAt, String engineerName) {
    }

    record Refusal(String reason) {
    }

    /** An offer with what the engineer needs to know of the ticket. */
    record PartnerJob(DispatchView dispatch, long ticketNumber, int severity, String problem, String callerName,
            String callerPhone, String regionCode, String address, String productLine, String serialNumber) {

        static PartnerJob of(DispatchView dispatch, Ticket t) {
            return new PartnerJob(dispatch, t.number(), t.severity(), t.problem(), t.callerName(), t.callerPhone(),
                    t.regionCode(), t.address(), t.productLine(), t.serialNumber());
        }
    }
}
