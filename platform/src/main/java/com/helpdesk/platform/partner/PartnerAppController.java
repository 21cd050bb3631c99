package com.helpdesk.platform.partner;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.NotFoundException;

/**
 * The service partners' own app (routes under {@code /api/partner/}, open only to the
 * {@code partner} role): which partner the signed-in person works for.
 */
@RestController
class PartnerAppController {

    private final PartnerDirectory directory;

    PartnerAppController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/partner/profile")
    Partner profile(@AuthenticationPrincipal StaffMember member) {
        return directory.partnerOfUser(member.tenantId(), member.username())
            .orElseThrow(() -> new NotFoundException("Active service partner of user", member.username()));
    }
}
