package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
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
 * Every route that reads a JSON body, sent bodies no client should send, with a token allowed on
 * that route: each answer is a problem of the client's making (400, 413 or 415), never a 500, and
 * since none of these bodies can be read, nothing can have been written.
 */
@PlatformIntegrationTest
class EveryRouteRefusesBadBodiesIntegrationTests {

    private static final int TWO_MIB = 2 * 1024 * 1024;

    /** A body and the statuses it may get. */
    record BadBody(String name, String contentType, Supplier<BodyPublisher> body, List<Integer> statuses) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<BadBody> BAD_BODIES = List.of(
            new BadBody("truncated JSON", "application/json", () -> BodyPublishers.ofString("{\"name\": \"x"),
                    List.of(400)),
            new BadBody("not UTF-8", "application/json",
                    () -> BodyPublishers.ofByteArray(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }),
                    List.of(400)),
            new BadBody("nested 100,000 deep", "application/json",
                    () -> BodyPublishers.ofString("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)), List.of(400)),
            new BadBody("2 MiB with its length", "application/json",
                    () -> BodyPublishers.ofString("{\"name\": \"" + "x".repeat(TWO_MIB) + "\"}"), List.of(413)),
            new BadBody("2 MiB streamed without a length", "application/json",
                    () -> BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                            ("{\"name\": \"" + "x".repeat(TWO_MIB) + "\"}").getBytes(StandardCharsets.UTF_8))),
                    List.of(413)),
            new BadBody("XML instead of JSON", "application/xml",
                    () -> BodyPublishers.ofString("<ticket><problem>x</problem></ticket>"), List.of(415)));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @TestFactory
    Stream<DynamicTest> badBodiesGetProblemsOfTheClientsMaking() {
        List<Route> routes = ApiRoutes.of(mappings).stream().filter(Route::readsJsonBody).toList();
        assertThat(routes).hasSizeGreaterThan(10);
        return routes.stream().flatMap(route -> BAD_BODIES.stream()
            .map(bad -> DynamicTest.dynamicTest(route + " with " + bad, () -> {
                Api.Reply reply = api.sendRaw(route.method(), route.samplePath(), tokenFor(route), bad.contentType(),
                        bad.body().get());
                assertThat(reply.status()).as(route + " with " + bad + ": " + reply.body()).isIn(bad.statuses());
                assertThat(reply.isProblem()).as(route + " with " + bad).isTrue();
            })));
    }

    /** A user whom the route's path admits, so that the body is what gets judged. */
    private String tokenFor(Route route) {
        if (route.pattern().startsWith("/api/platform/")) {
            return tokens.of("platform-admin");
        }
        return tokens.of(route.isPartnerApp() ? "kunlun-partner" : "kunlun-admin");
    }
}
