package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.helpdesk.platform.support.Api;
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
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
            .filter(pattern -> pattern.startsWith("/api/"))
            // The only routes open without a token, on purpose: a customer answers a survey through
            // a signed, single-use link (followup.PublicSurveyController, tested in
            // PublicSurveyIntegrationTests); everything else must refuse a missing token.
            .filter(pattern -> !pattern.startsWith("/api/public/"))
            .forEach(pattern -> {
                var methods = info.getMethodsCondition().getMethods();
                (methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods))
                    .forEach(method -> routes.add(new Route(method.name(), pattern)));
            }));
        assertThat(routes).hasSizeGreaterThan(15);
        return routes;
    }

    record Route(String method, String pattern) {

        /** Path variables filled with plausible values: a UUID, a number, a slug. */
        String samplePath() {
            return pattern.replaceAll("\\{id}", "7a1f0c3e-0000-4000-8000-000000000001")
                .replaceAll("\\{version}", "1")
                .replaceAll("\\{number}", "+861088886666")
                .replaceAll("\\{slug}", "kunlun")
                .replaceAll("\\{[^}]+}", "x");
        }

        /** The service partners' own app, the only routes open to the {@code partner} role. */
        boolean isPartnerApp() {
            return pattern.startsWith("/api/partner/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
