package com.helpdesk.tenantadmin.tenant;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.tenantadmin.AdminCaller;
import com.helpdesk.tenantadmin.Hotline;

/** A vendor's admin tends their own tenant: its name, zone, language and hotline numbers. */
@RestController
@RequestMapping("/api/admin")
class OwnTenantController {

    private final TenantAdministration administration;

    OwnTenantController(TenantAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/tenant")
    TenantView own(AdminCaller caller) {
        return TenantView.of(administration.own(caller));
    }

    @PutMapping("/tenant")
    TenantView update(AdminCaller caller, @RequestBody TenantSettings settings) {
        return TenantView.of(administration.updateOwn(caller, settings));
    }

    @GetMapping("/hotlines")
    List<Hotline> hotlines(AdminCaller caller) {
        return administration.own(caller).hotlines();
    }

    @PostMapping("/hotlines")
    ResponseEntity<Hotline> addHotline(AdminCaller caller, @RequestBody NewHotline request) {
        return ResponseEntity.status(201).body(administration.addHotline(caller, caller.ownTenant(), request));
    }

    @DeleteMapping("/hotlines/{number}")
    ResponseEntity<Void> removeHotline(AdminCaller caller, @PathVariable String number) {
        return administration.removeHotline(caller, caller.ownTenant(), number) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }
}
