package com.helpdesk.platform.ivr;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.telephony.ivr.IvrMenu;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * The vendor's IVR menu: its admins read it (the default one until they save their own) and
 * replace it whole. A rejected menu answers every broken field at once; the last good one stays.
 */
@RestController
@RequestMapping("/api/admin/ivr-menu")
class IvrMenuController {

    private final IvrMenus menus;
    private final AuditLog audit;
    private final Clock clock;

    IvrMenuController(IvrMenus menus, AuditLog audit, Clock clock) {
        this.menus = menus;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('tenant-admin')")
    MenuView read(@AuthenticationPrincipal StaffMember member) {
        TenantId tenant = member.tenantId();
        return MenuView.of(menus.document(tenant), menus.menuOf(tenant));
    }

    /**
     * Replaces the menu. {@code If-Match} carries the version the admin edited (0 for the default
     * menu): a menu saved by someone else since answers 409 instead of being overwritten. Without
     * the header the menu is replaced whatever its version (scripts that own the whole document).
     */
    @PutMapping
    @PreAuthorize("hasRole('tenant-admin')")
    MenuView replace(@AuthenticationPrincipal StaffMember member, @RequestBody MenuDocument body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        TenantId tenant = member.tenantId();
        Integer expected = expectedVersion(ifMatch);
        IvrMenus.Stored saved = menus.replace(tenant, body, expected, member.username(), clock.instant());
        audit.record(tenant, member, "ivr-menu.replaced", "ivr-menu", Integer.toString(saved.version()));
        return MenuView.of(saved, menus.menuOf(tenant));
    }

    /** The version in an If-Match header, quoted as an entity tag ({@code "3"}) or bare. */
    private static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!tag.matches("[0-9]{1,9}")) {
            Violations violations = Violations.collect();
            violations.add("If-Match", "must be the menu's version as read, e.g. \"3\"");
            violations.throwIfAny();
        }
        return Integer.valueOf(tag);
    }

    /**
     * @param custom  false while the vendor uses the default menu
     * @param version counts the vendor's saves, 0 for the default
     * @param menu    the document as saved
     * @param prompts every prompt callers hear: the menu's own, the default menu's for the rest
     */
    record MenuView(boolean custom, int version, String updatedBy, Instant updatedAt, MenuDocument menu,
            Map<String, Map<String, IvrMenu.Prompt>> prompts) {

        static MenuView of(IvrMenus.Stored stored, IvrMenu effective) {
            return new MenuView(stored.custom(), stored.version(), stored.updatedBy(), stored.updatedAt(),
                    stored.document(), new TreeMap<>(effective.prompts()));
        }
    }
}
