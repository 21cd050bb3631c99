package com.helpdesk.platform.ticket;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;

/**
 * The resolution record of a ticket, for the vendor's staff. Recording it resolves the ticket;
 * the answer carries the ticket's new version with the record.
 */
@RestController
@RequestMapping("/api/tickets/{id}/resolution")
class ResolutionController {

    private final TicketResolutions resolutions;

    ResolutionController(TicketResolutions resolutions) {
        this.resolutions = resolutions;
    }

    @PostMapping
    ResponseEntity<TicketResolutions.Resolved> resolve(@AuthenticationPrincipal StaffMember member,
            @PathVariable UUID id, @RequestBody ResolutionRequest body) {
        member.tenantId(); // refuses staff of no or a suspended vendor before its profile is used
        TicketResolutions.Resolved resolved = resolutions.resolve(member.tenant(), id, body, Actor.of(member));
        return ResponseEntity.created(URI.create("/api/tickets/" + id + "/resolution")).body(resolved);
    }

    @GetMapping
    Resolution read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return resolutions.read(member.tenantId(), id);
    }
}
