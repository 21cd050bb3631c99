package com.helpdesk.platform.terms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsCatalog;
import com.helpdesk.tenantadmin.terms.TermsPublisher;

/**
 * Publishes the demo vendors' terms ({@code infra/demo/terms/*.json}) through the same path an
 * admin's edit takes, once: a vendor that already has terms keeps them.
 */
@Component
@Profile("demo")
class DemoTermsLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoTermsLoader.class);
    static final String[] DEMO_TENANTS = { "kunlun", "sunhome", "huaxin" };

    private final TenantStore tenants;
    private final TermsCatalog catalog;
    private final TermsPublisher publisher;
    private final JsonMapper json;

    DemoTermsLoader(TenantStore tenants, TermsCatalog catalog, TermsPublisher publisher, JsonMapper json) {
        this.tenants = tenants;
        this.catalog = catalog;
        this.publisher = publisher;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishMissingDemoTerms() throws IOException {
        for (String slug : DEMO_TENANTS) {
            TenantProfile tenant = tenants.findBySlug(slug).orElseThrow();
            if (catalog.current(tenant.id()).isEmpty()) {
                publisher.publish(tenant.id(), slug, read(slug), "demo-loader");
                log.info("Published the demo terms of {}", slug);
            }
        }
    }

    private ServiceTerms read(String slug) throws IOException {
        try (InputStream in = new ClassPathResource("demo/terms/" + slug + ".json").getInputStream()) {
            return json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), ServiceTerms.class);
        }
    }
}
