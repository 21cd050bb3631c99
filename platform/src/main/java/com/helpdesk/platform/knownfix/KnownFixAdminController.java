package com.helpdesk.platform.knownfix;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * Operating the known-fix index, for platform admins: import fault reports (JSON Lines, tenants
 * named by slug) and rebuild the index from PostgreSQL for one tenant or all. {@code infra/known-fixes.sh}
 * calls these.
 */
@RestController
@RequestMapping("/api/platform/known-fixes")
class KnownFixAdminController {

    private final KnownFixImport imports;
    private final KnownFixReindex reindex;
    private final TenantDirectory tenants;
    private final AuditLog audit;
    private final JsonMapper json;

    KnownFixAdminController(KnownFixImport imports, KnownFixReindex reindex, TenantDirectory tenants, AuditLog audit,
            JsonMapper json) {
        this.imports = imports;
        this.reindex = reindex;
        this.tenants = tenants;
        this.audit = audit;
        this.json = json;
    }

    /** Stores every line, or none if any line is bad; indexing follows through the outbox. */
    @PostMapping(path = "/import", consumes = { "application/x-ndjson", "application/jsonl", "text/plain",
            "application/json" })
    Map<String, Integer> importFixes(@AuthenticationPrincipal StaffMember member, @RequestBody String lines) {
        Map<String, List<ImportedFix>> byTenant = KnownFixFile.read(lines, json);
        Map<String, TenantProfile> profiles = new java.util.LinkedHashMap<>();
        byTenant.keySet().forEach(slug -> profiles.put(slug, tenant(slug)));
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        byTenant.forEach((slug, fixes) -> {
            imports.store(profiles.get(slug).id(), fixes);
            audit.record(profiles.get(slug).id(), member, "known-fixes.imported", "known-fixes", fixes.size() + " fixes");
            counts.put(slug, fixes.size());
        });
        return counts;
    }

    /** One tenant in place, or (without {@code tenant}) a new index for all behind the alias. */
    @PostMapping("/reindex")
    KnownFixReindex.Report reindex(@RequestParam(required = false) String tenant) {
        return tenant == null ? reindex.all() : reindex.tenant(tenant(tenant).id());
    }

    private TenantProfile tenant(String slug) {
        return tenants.findBySlug(slug).orElseThrow(() -> new NotFoundException("Tenant", slug));
    }
}
