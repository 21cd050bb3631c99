package com.helpdesk.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.support.StompTestClient;

/**
 * A partner's people (realm role {@code partner}) see their own partner and nothing of the vendor's
 * desk. The route matrix in {@code EveryRouteRequiresATokenIntegrationTests} covers every staff route.
 */
@PlatformIntegrationTest
class PartnerPeopleIntegrationTests {

    static final String KUNLUN_BEIJING_PARTNER = "7a1f0c3e-0000-4000-8001-000000000101";
    static final String SUNHOME_JINAN_PARTNER = "7a1f0c3e-0000-4000-8001-000000000201";

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void aPartnersPersonSeesTheirOwnPartner() {
        Api.Reply kunlun = api.get("/api/partner/profile", tokens.of("kunlun-partner"));
        Api.Reply sunhome = api.get("/api/partner/profile", tokens.of("sunhome-partner"));

        assertThat(kunlun.status()).as(kunlun.body()).isEqualTo(200);
        assertThat(kunlun.json().get("id").asString()).isEqualTo(KUNLUN_BEIJING_PARTNER);
        assertThat(PartnerFixtures.strings(kunlun.json().get("usernames"))).contains("kunlun-partner");
        assertThat(sunhome.json().get("id").asString()).isEqualTo(SUNHOME_JINAN_PARTNER);
    }

    @Test
    void staffAreRefusedOnThePartnersApp() {
        Api.Reply reply = api.get("/api/partner/profile", tokens.of("kunlun-admin"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:forbidden");
    }

    @Test
    void aPartnersPersonReadsNoCustomerAndNoPartnerOfTheDesk() {
        String partner = tokens.of("kunlun-partner");
        String mobile = "138" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Reply customer = api.post("/api/customers", tokens.of("kunlun-agent"), """
                {"name": "Not for partners", "phones": [{"number": "%s"}]}""".formatted(mobile));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);

        Api.Reply read = api.get("/api/customers/" + customer.json().get("id").asString(), partner);
        Api.Reply lookup = api.get("/api/customers?phone=" + mobile, partner);
        Api.Reply partners = api.get("/api/partners/" + KUNLUN_BEIJING_PARTNER, partner);

        for (Api.Reply refused : new Api.Reply[] { read, lookup, partners }) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body()).doesNotContain("Not for partners");
        }
    }

    @Test
    void aPartnersPersonCannotListenToTheDesksPushes() throws Exception {
        try (StompTestClient partner = StompTestClient.attempt(port, tokens.of("kunlun-partner"))) {
            assertThat(partner.awaitError()).isNotNull();
            assertThat(partner.connected()).isFalse();
        }
        try (StompTestClient agent = StompTestClient.connect(port, tokens.of("kunlun-agent"))) {
            assertThat(agent.connected()).isTrue();
        }
    }

    @Test
    void aPartnersPersonIsNotInTheStaffDirectory() {
        JsonNode me = api.get("/api/me", tokens.of("kunlun-partner")).json();

        assertThat(PartnerFixtures.strings(me.get("roles"))).containsExactly("partner");
        assertThat(me.get("tenant").get("slug").asString()).isEqualTo("kunlun");
        JsonNode staff = api.get("/api/staff", tokens.of("kunlun-admin")).json();
        assertThat(PartnerFixtures.values(staff, "username")).contains("kunlun-admin").doesNotContain("kunlun-partner");
    }
}
