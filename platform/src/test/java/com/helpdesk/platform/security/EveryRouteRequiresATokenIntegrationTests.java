package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.ApiRoutes;
import com.helpdesk.platform.support.ApiRoutes.Route;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * A matrix over every API route the application registers, so a route added later is covered
 * without anyone remembering to: no token, a forged token, and a token of a user without a tenant
 * must never reach a tenant's data; a service partner's people reach only their own app
 * ({@code /api/partner/**}), and staff do not reach that app.
 */
@PlatformIntegrationTest
class EveryRouteRequiresATokenIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @TestFactory
    Stream<DynamicTest> everyApiRouteAnswers401WithoutAToken() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            Api.Reply reply = api.send(route.method(), route.samplePath(), null, "{}");
            assertThat(reply.status()).as(route.toString()).isEqualTo(401);
            assertThat(reply.isProblem()).as(route.toString()).isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyApiRouteAnswers401ForATamperedToken() {
        String[] parts = tokens.of("kunlun-admin").split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            assertThat(api.send(route.method(), route.samplePath(), tampered, "{}").status()).as(route.toString())
                .isEqualTo(401);
        }));
    }

    @TestFactory
    Stream<DynamicTest> tenantRoutesRefuseStaffWithoutATenant() {
        String platformAdmin = tokens.of("platform-admin");
        return routes().stream()
            .filter(route -> !route.pattern().startsWith("/api/platform/") && !route.pattern().equals("/api/me"))
            .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                int status = api.send(route.method(), route.samplePath(), platformAdmin, "{}").status();
                assertThat(status).as(route.toString()).isIn(400, 403, 404);
            }));
    }

    @TestFactory
    Stream<DynamicTest> staffRoutesRefuseAServicePartnersPeople() {
        String partner = tokens.of("kunlun-partner");
        return routes().stream()
            .filter(route -> !route.isPartnerApp() && !route.pattern().equals("/api/me"))
            .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                Api.Reply reply = api.send(route.method(), route.samplePath(), partner, "{}");
                assertThat(reply.status()).as(route.toString()).isEqualTo(403);
                assertThat(reply.isProblem()).as(route.toString()).isTrue();
            }));
    }

    @TestFactory
    Stream<DynamicTest> theServicePartnersAppRefusesStaff() {
        List<Route> partnerApp = routes().stream().filter(Route::isPartnerApp).toList();
        assertThat(partnerApp).isNotEmpty();
        return partnerApp.stream()
            .flatMap(route -> Stream.of("kunlun-agent", "kunlun-supervisor", "kunlun-admin", "platform-admin")
                .map(user -> DynamicTest.dynamicTest(user + " " + route, () -> {
                    Api.Reply reply = api.send(route.method(), route.samplePath(), tokens.of(user), "{}");
                    assertThat(reply.status()).as(user + " " + route).isEqualTo(403);
                    assertThat(reply.isProblem()).as(user + " " + route).isTrue();
                })));
    }

    private List<Route> routes() {
        return ApiRoutes.of(mappings);
    }
}
