package com.helpdesk.platform.knownfix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.tenancy.TenantDirectory;

/**
 * With the demo profile, gives the demo tenants their corpus of past fault reports
 * ({@code infra/demo/known-fixes.jsonl}) the first time the platform starts, through the same import
 * and outbox as {@code POST /api/platform/known-fixes/import}. A tenant that has imports already is
 * left alone, so restarts do not re-import.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "helpdesk.search.seed-demo", havingValue = "true")
class DemoKnownFixSeed {

    static final String CORPUS = "/demo/known-fixes.jsonl";
    private static final Logger log = LoggerFactory.getLogger(DemoKnownFixSeed.class);

    private final KnownFixImport imports;
    private final TenantDirectory tenants;
    private final JsonMapper json;

    DemoKnownFixSeed(KnownFixImport imports, TenantDirectory tenants, JsonMapper json) {
        this.imports = imports;
        this.tenants = tenants;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        Map<String, List<ImportedFix>> byTenant = KnownFixFile.read(corpus(), json);
        byTenant.forEach((slug, fixes) -> tenants.findBySlug(slug).ifPresent(tenant -> {
            if (imports.count(tenant.id()) == 0) {
                imports.store(tenant.id(), fixes);
                log.info("Imported {} demo known fixes for {}", fixes.size(), slug);
            }
        }));
    }

    private static String corpus() {
        try (InputStream in = DemoKnownFixSeed.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("The demo corpus " + CORPUS + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
