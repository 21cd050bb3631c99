package com.helpdesk.platform.complaint;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.ticket.Actor;
import com.helpdesk.platform.web.TextInput;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * Complaints on the supervision line for the vendor's staff: agents take and answer them,
 * supervisors also escalate and close. The IVR files the callers' own.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    private static final String SUPERVISORS = "hasAnyRole('supervisor', 'tenant-admin')";

    private final ComplaintCases cases;
    private final ComplaintWorkflow workflow;
    private final ComplaintEscalations escalations;
    private final ComplaintReferences references;

    ComplaintController(ComplaintCases cases, ComplaintWorkflow workflow, ComplaintEscalations escalations,
            ComplaintReferences references) {
        this.cases = cases;
        this.workflow = workflow;
        this.escalations = escalations;
        this.references = references;
    }

    @PostMapping
    ResponseEntity<ComplaintDetail> file(@AuthenticationPrincipal StaffMember member,
            @RequestBody ComplaintRequests.Intake body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        NewComplaint complaint = body.check(violations, member.tenant());
        references.check(tenant, violations, complaint.customerId(), complaint.assigneeId(), complaint.ticketIds(),
                complaint.staffIds());
        violations.throwIfAny();
        ComplaintCases.Filed filed = cases.file(tenant, complaint, Actor.of(member));
        return ResponseEntity.created(URI.create("/api/complaints/" + filed.id())).body(cases.read(tenant, filed.id()));
    }

    /** Newest first; every filter is optional. {@code breached=true}: the reply promise was or is being broken. */
    @GetMapping
    ComplaintPage list(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String status,
            @RequestParam(required = false) String tier, @RequestParam(required = false) Boolean breached,
            @RequestParam(required = false) UUID customer, @RequestParam(required = false) UUID ticket,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        ComplaintStatus wanted = null;
        if (status != null) {
            wanted = ComplaintStatus.of(status).orElse(null);
            if (wanted == null) {
                violations.add("status", "must be one of open, replied, resolved, closed");
            }
        }
        if (page < 0 || page > MAX_PAGE) {
            violations.add("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        violations.throwIfAny();
        return cases.list(tenant, new ComplaintFilter(wanted, tier, breached, customer, ticket), page, size);
    }

    @GetMapping("/{id}")
    ComplaintDetail read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return cases.read(member.tenantId(), id);
    }

    @GetMapping("/{id}/history")
    List<ComplaintLedger.HistoryEntry> history(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return cases.history(member.tenantId(), id);
    }

    @PostMapping("/{id}/reply")
    ComplaintDetail reply(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody ComplaintRequests.Change body) {
        Checked checked = checked(body, "text", true);
        return workflow.reply(member.tenantId(), id, checked.version(), checked.text(), Actor.of(member));
    }

    @PostMapping("/{id}/resolve")
    ComplaintDetail resolve(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody ComplaintRequests.Change body) {
        Checked checked = checked(body, "text", true);
        return workflow.resolve(member.tenantId(), id, checked.version(), checked.text(), Actor.of(member));
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize(SUPERVISORS)
    ComplaintDetail escalate(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody ComplaintRequests.Change body) {
        Checked checked = checked(body, "text", false);
        return escalations.escalate(member.tenantId(), id, checked.version(), checked.text(), Actor.of(member));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(SUPERVISORS)
    ComplaintDetail close(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody ComplaintRequests.Change body) {
        Checked checked = checked(body, "text", false);
        return workflow.close(member.tenantId(), id, checked.version(), checked.text(), Actor.of(member));
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<ComplaintLedger.Note> note(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody ComplaintRequests.Note body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        String text = TextInput.text(violations, "body", body.body(), ComplaintRequests.MAX_TEXT, true);
        violations.throwIfAny();
        ComplaintLedger.Note note = workflow.note(tenant, id, text, Actor.of(member));
        return ResponseEntity.created(URI.create("/api/complaints/" + id + "/notes/" + note.id())).body(note);
    }

    @PostMapping("/{id}/links")
    ComplaintDetail link(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody ComplaintRequests.Links body) {
        TenantId tenant = member.tenantId();
        Violations violations = Violations.collect();
        ComplaintRequests.Links links = body.checked(violations);
        references.check(tenant, violations, null, null, links.ticketIds(), links.staffIds());
        violations.throwIfAny();
        return workflow.link(tenant, id, links, Actor.of(member));
    }

    private static Checked checked(ComplaintRequests.Change body, String field, boolean required) {
        Violations violations = Violations.collect();
        int version = body.version(violations);
        String text = TextInput.text(violations, field, body.text(), ComplaintRequests.MAX_TEXT, required);
        violations.throwIfAny();
        return new Checked(version, text);
    }

    private record Checked(int version, String text) {
    }
}
