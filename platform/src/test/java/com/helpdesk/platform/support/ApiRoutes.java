package com.helpdesk.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API route the application registers that needs a token, for matrix tests that must cover
 * routes added later. The only routes open without a token, on purpose, are left out: a customer
 * answers a survey through a signed, single-use link ({@code /api/public/**},
 * followup.PublicSurveyController, tested in PublicSurveyIntegrationTests).
 */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    public static List<Route> of(RequestMappingHandlerMapping mappings) {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
            .filter(pattern -> pattern.startsWith("/api/") && !pattern.startsWith("/api/public/"))
            .forEach(pattern -> {
                var methods = info.getMethodsCondition().getMethods();
                (methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods))
                    .forEach(method -> routes.add(new Route(method.name(), pattern, readsJsonBody(handler))));
            }));
        assertThat(routes).hasSizeGreaterThan(15);
        return routes;
    }

    private static boolean readsJsonBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
            .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class) && p.getParameterType() != String.class
                    && p.getParameterType() != byte[].class);
    }

    /** A route; {@code readsJsonBody} when its handler binds a JSON body to an object. */
    public record Route(String method, String pattern, boolean readsJsonBody) {

        /** Path variables filled with plausible values: a UUID for any id, a number, a slug. */
        public String samplePath() {
            return pattern.replaceAll("\\{(id|[a-zA-Z]+Id)}", "7a1f0c3e-0000-4000-8000-000000000001")
                .replaceAll("\\{version}", "1")
                .replaceAll("\\{number}", "+861088886666")
                .replaceAll("\\{slug}", "kunlun")
                .replaceAll("\\{[^}]+}", "x");
        }

        /** The service partners' own app, the only routes open to the {@code partner} role. */
        public boolean isPartnerApp() {
            return pattern.startsWith("/api/partner/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
