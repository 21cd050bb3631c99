package com.helpdesk.platform.inspection;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.partner.Partner;
import com.helpdesk.platform.partner.PartnerDirectory;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;

/** The partner's app: the inspections assigned to the signed-in person's partner, and their reports. */
@RestController
@RequestMapping("/api/partner/inspections")
class PartnerInspectionController {

    private final InspectionVisits visits;
    private final PartnerDirectory partners;

    PartnerInspectionController(InspectionVisits visits, PartnerDirectory partners) {
        this.visits = visits;
        this.partners = partners;
    }

    @GetMapping
    List<InspectionVisit> list(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        InspectionController.checkPage(status, page, size);
        return visits.list(member.tenantId(), new VisitFilter(null, partnerOf(member).id(), status, null, null), page,
                size);
    }

    @GetMapping("/{id}")
    InspectionVisit read(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id) {
        return visits.read(member.tenantId(), id, partnerOf(member).id());
    }

    @PostMapping("/{id}/report")
    InspectionVisit report(@AuthenticationPrincipal StaffMember member, @PathVariable UUID id,
            @RequestBody InspectionRequests.Report body) {
        Partner partner = partnerOf(member);
        return visits.report(member.tenantId(), id, partner.id(), body,
                member.username() + " (" + partner.name() + ")");
    }

    private Partner partnerOf(StaffMember member) {
        return partners.partnerOfUser(member.tenantId(), member.username())
            .orElseThrow(() -> new NotFoundException("Active service partner of user", member.username()));
    }
}
