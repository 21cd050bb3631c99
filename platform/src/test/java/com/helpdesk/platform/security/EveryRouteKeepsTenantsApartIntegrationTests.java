package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.ApiRoutes;
import com.helpdesk.platform.support.ApiRoutes.Route;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * Kunlun's records (a customer with a phone and a device, a ticket, a partner and a dispatch to
 * it) against every route of the API, called by another vendor's admin (and by that vendor's
 * partner on the partner app) with kunlun's real ids in the path: nothing is found, nothing is
 * changed, and no list or search answer carries any of kunlun's ids, names or numbers. Path
 * variables are filled by the collection they follow, so a route added later is covered too.
 * Platform routes are left out: the platform's own admins work across tenants by design.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRouteKeepsTenantsApartIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("([a-z-]+)/\\{([a-zA-Z]+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    /** Kunlun's ids by the collection they live in. */
    private final Map<String, String> kunlun = new LinkedHashMap<>();
    private String marker;
    private String customerVersionBefore;
    private String ticketBefore;

    @BeforeAll
    void kunlunHasRecordsOfEveryKind() {
        String agent = tokens.of("kunlun-agent");
        String supervisor = tokens.of("kunlun-supervisor");
        marker = "隔离" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String phone = "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Reply customer = api.post("/api/customers", agent, """
                {"kind": "person", "category": "general", "name": "%s", "phones": [{"number": "%s"}],
                 "addresses": [{"regionCode": "110105", "text": "朝阳区 1 号"}]}""".formatted(marker, phone));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        kunlun.put("customers", customer.json().get("id").asString());
        kunlun.put("phones", phone);
        kunlun.put("by-number", phone);
        Api.Reply device = api.post("/api/customers/" + kunlun.get("customers") + "/devices", agent, """
                {"productLine": "laptop", "model": "K14", "serialNumber": "SN-%s", "purchaseDate": "%s"}"""
            .formatted(marker, LocalDate.now().minusDays(30)));
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        kunlun.put("devices", device.json().get("id").asString());
        Api.Reply ticket = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "customerId": "%s", "deviceId": "%s", "regionCode": "110105",
                 "problem": "%s 屏幕闪烁"}""".formatted(kunlun.get("customers"), kunlun.get("devices"), marker));
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        kunlun.put("tickets", ticket.json().get("ticket").get("id").asString());
        Api.Reply partner = api.post("/api/partners", supervisor, """
                {"name": "%s 服务站", "regionCodes": ["110105"], "acceptWithin": "PT2H"}"""
            .formatted(marker));
        assertThat(partner.status()).as(partner.body()).isEqualTo(201);
        kunlun.put("partners", partner.json().get("id").asString());
        Api.Reply dispatch = api.post("/api/tickets/" + kunlun.get("tickets") + "/dispatches", agent,
                "{\"partnerId\": \"%s\"}".formatted(kunlun.get("partners")));
        assertThat(dispatch.status()).as(dispatch.body()).isEqualTo(201);
        kunlun.put("dispatches", dispatch.json().get("id").asString());
        kunlun.put("staff", api.get("/api/me", agent).json().get("id").asString());
        customerVersionBefore = api.get("/api/customers/" + kunlun.get("customers"), agent).json().get("version")
            .asString();
        ticketBefore = api.get("/api/tickets/" + kunlun.get("tickets"), agent).json().get("ticket").toString();
    }

    @TestFactory
    Stream<DynamicTest> anotherVendorReachesNoneOfKunlunsRecords() {
        List<Route> routes = ApiRoutes.of(mappings).stream()
            .filter(route -> !route.pattern().startsWith("/api/platform/"))
            .toList();
        return Stream.concat(routes.stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            String path = withKunlunsIds(route.pattern());
            String token = tokens.of(route.isPartnerApp() ? "sunhome-partner" : "huaxin-admin");
            Api.Reply reply = api.send(route.method(), path, token, "{}");
            if (!path.equals(route.samplePath()) && path.contains(kunlunIdIn(path))) {
                assertThat(reply.status()).as(route + " " + reply.body()).isIn(400, 403, 404, 409);
            }
            assertThat(reply.status()).as(route.toString()).isLessThan(500);
            // What the caller sent may be echoed (a problem's instance, "Ticket <id> was not found"); nothing else.
            for (String value : kunlun.values()) {
                if (!path.contains(value)) {
                    assertThat(reply.body()).as(route + " answered one of kunlun's values").doesNotContain(value);
                }
            }
            assertThat(reply.body()).as(route.toString()).doesNotContain(marker);
        })), Stream.of(DynamicTest.dynamicTest("kunlun's records are unchanged", () -> {
            String agent = tokens.of("kunlun-agent");
            assertThat(api.get("/api/customers/" + kunlun.get("customers"), agent).json().get("version").asString())
                .isEqualTo(customerVersionBefore);
            assertThat(api.get("/api/tickets/" + kunlun.get("tickets"), agent).json().get("ticket").toString())
                .isEqualTo(ticketBefore);
        })));
    }

    /** The route with each variable replaced by kunlun's id of the collection before it, when known. */
    private String withKunlunsIds(String pattern) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String id = kunlun.get(variables.group(1));
            variables.appendReplacement(path, Matcher.quoteReplacement(variables.group(1) + "/"
                    + (id != null ? id : "{" + variables.group(2) + "}")));
        }
        variables.appendTail(path);
        return new Route("GET", path.toString(), false).samplePath();
    }

    private String kunlunIdIn(String path) {
        return kunlun.values().stream().filter(path::contains).findFirst().orElse("\u0000");
    }
}
