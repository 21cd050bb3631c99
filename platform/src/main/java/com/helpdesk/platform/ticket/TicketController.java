package com.helpdesk.platform.ticket;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** Tickets for the vendor's staff: intake, the lists agents and supervisors work from, and every change. */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private final Tickets tickets;
    private final TicketWorkflow workflow;

    TicketController(Tickets tickets, TicketWorkflow workflow) {
        this.tickets = tickets;
        this.workflow = workflow;
    }

    @PostMapping
    ResponseEntity<TicketDetail> open(@AuthenticationPrincipal StaffMember member, @RequestBody TicketIntake body) {
        member.tenantId();
        TicketDetail opened = tickets.open(member.tenant(), body, Actor.of(member));
        return ResponseEntity.created(URI.create("/api/tickets/" + opened.ticket().id())).body(opened);
    }

    /** Newest first; every filter is optional. {@code breached=true}: a promise was or is being broken. */
    @GetMapping
    TicketPage list(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer severity, @RequestParam(required = false) Boolean breached,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) UUID assignee,
            @RequestParam(required = false) UUID partner, @RequestParam(required = false) UUID customer,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        TicketStatus wanted = null;
        if (status != null) {
            wanted = TicketStatus.of(status).orElse(null);
            if (wanted == null) {
                violations.add("status", "is not a ticket status");
            }
        }
        if (severity != null && (severity < 1 || severity > 4)) {
            violations.add("severity", "must be between 1 and 4");
        }
        if (page < 0 || page > MAX_PAGE) {
            violations.add("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        violations.throwIfAny();
        return tickets.list(tenant, new TicketFilter(wanted, severity, breached, open, assignee, partner, customer),
                page, size);
    }

    @GetMapping("/{id}")
    TicketDetail read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return tickets.read(member.tenantId(), id);
    }

    /** The number the IVR read back to the caller. */
    @GetMapping("/by-number/{number}")
    TicketDetail byNumber(@AuthenticationPrincipal StaffMember member, @PathVariable long number) {
        TenantId tenant = member.tenantId();
        Ticket ticket = tickets.byNumber(tenant, number).orElseThrow(() -> new NotFoundException("Ticket", number));
        return tickets.read(tenant, ticket.id());
    }

    @GetMapping("/{id}/history")
    List<TicketHistory.Entry> history(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return tickets.history(member.tenantId(), id);
    }

    @PostMapping("/{id}/status")
    TicketDetail changeStatus(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody TicketRequests.StatusChange body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        TicketStatus to = body.check(violations);
        violations.throwIfAny();
        workflow.changeStatus(tenant, id, to, body.version(), body.reason(), Actor.of(member));
        return tickets.read(tenant, id);
    }

    @PutMapping("/{id}/severity")
    TicketDetail changeSeverity(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody TicketRequests.SeverityChange body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        body.check(violations);
        violations.throwIfAny();
        workflow.changeSeverity(tenant, id, body.severity(), body.version(), body.reason(), Actor.of(member));
        return tickets.read(tenant, id);
    }

    @PutMapping("/{id}/assignee")
    TicketDetail assign(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody TicketRequests.Assignment body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        body.check(violations);
        violations.throwIfAny();
        workflow.assign(tenant, id, body.assigneeId(), body.version(), Actor.of(member));
        return tickets.read(tenant, id);
    }

    /** The vendor reached the caller (a callback answered): meets the first response if it was still due. */
    @PostMapping("/{id}/contact")
    TicketDetail contact(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        TenantId tenant = member.tenantId();
        workflow.recordContact(tenant, id, Actor.of(member));
        return tickets.read(tenant, id);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    TicketNotes.Note addNote(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody TicketRequests.NewNote body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        body.check(violations);
        violations.throwIfAny();
        return tickets.addNote(tenant, id, body.internal(), body.body().strip(), Actor.of(member));
    }

    @PostMapping("/{id}/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    TicketNotes.Attachment attach(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody AttachmentDraft body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        AttachmentDraft.Checked checked = body.check(violations);
        violations.throwIfAny();
        return tickets.attach(tenant, id, checked, Actor.of(member));
    }
}
