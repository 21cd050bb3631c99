package com.helpdesk.tenantadmin.tenant;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.tenantadmin.AdminCaller;
import com.helpdesk.tenantadmin.Hotline;
import com.helpdesk.tenantadmin.TenantStatus;

/** Platform admins put vendors on the platform, suspend and resume them, and assign hotlines. */
@RestController
@RequestMapping("/api/platform/tenants")
class PlatformTenantController {

    private final TenantAdministration administration;

    PlatformTenantController(TenantAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    ResponseEntity<TenantView> create(AdminCaller caller, @RequestBody NewTenant request) {
        TenantView created = TenantView.of(administration.create(caller, request));
        return ResponseEntity.created(URI.create("/api/platform/tenants/" + created.slug())).body(created);
    }

    @GetMapping
    List<TenantView> list(AdminCaller caller) {
        return administration.list(caller).stream().map(TenantView::of).toList();
    }

    @GetMapping("/{slug}")
    TenantView find(AdminCaller caller, @PathVariable String slug) {
        return TenantView.of(administration.find(caller, slug));
    }

    @PostMapping("/{slug}/suspend")
    TenantView suspend(AdminCaller caller, @PathVariable String slug) {
        return TenantView.of(administration.setStatus(caller, slug, TenantStatus.SUSPENDED));
    }

    @PostMapping("/{slug}/resume")
    TenantView resume(AdminCaller caller, @PathVariable String slug) {
        return TenantView.of(administration.setStatus(caller, slug, TenantStatus.ACTIVE));
    }

    @PostMapping("/{slug}/hotlines")
    ResponseEntity<Hotline> addHotline(AdminCaller caller, @PathVariable String slug, @RequestBody NewHotline request) {
        var tenant = administration.find(caller, slug);
        return ResponseEntity.status(201).body(administration.addHotline(caller, tenant.id(), request));
    }

    @DeleteMapping("/{slug}/hotlines/{number}")
    ResponseEntity<Void> removeHotline(AdminCaller caller, @PathVariable String slug, @PathVariable String number) {
        var tenant = administration.find(caller, slug);
        return administration.removeHotline(caller, tenant.id(), number) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }
}
