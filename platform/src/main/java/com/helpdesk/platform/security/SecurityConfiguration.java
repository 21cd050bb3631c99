package com.helpdesk.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform is an OAuth2 resource server for Keycloak's tokens: signature, issuer, audience
 * and expiry are checked by Spring Security from {@code spring.security.oauth2.resourceserver.jwt.*}.
 * No cookies carry authority (bearer tokens only), so there is no session and CSRF does not apply.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Pages load scripts and styles from this origin only; tokens go to Keycloak and back. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self' ws: wss: http://127.0.0.1:8180 http://localhost:8180; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** The routes of the service partners' own app, the only ones open to {@link Role#PARTNER}. */
    static final String PARTNER_APP = "/api/partner/**";

    /** Routes for people without an account, each guarded by a credential of its own (a signed link). */
    static final String PUBLIC_API = "/api/public/**";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, StaffTokenConverter tokens, ProblemResponses problems,
            RequestBuckets buckets, RateLimitProperties limits, JsonMapper json) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.PLATFORM_ADMIN.claimValue())
                .requestMatchers("/api/platform/**").hasRole(Role.PLATFORM_ADMIN.claimValue())
                .requestMatchers("/api/admin/**")
                .hasAnyRole(Role.TENANT_ADMIN.claimValue(), Role.PLATFORM_ADMIN.claimValue())
                .requestMatchers("/api/me").authenticated()
                // A customer answering a survey has no account: the signed link is the credential,
                // and these routes reach that one survey's questions only (see followup).
                .requestMatchers(PUBLIC_API).permitAll()
                // A partner's people work in their own app; the rest of the API is the vendor's desk,
                // and a token with no role the platform knows gets nothing (fail closed).
                .requestMatchers(PARTNER_APP).hasRole(Role.PARTNER.claimValue())
                .requestMatchers("/api/**").hasAnyRole(Role.staffClaimValues())
                // Static pages hold no data; everything they show comes from /api with a token.
                .anyRequest().permitAll())
            .oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .addFilterAfter(new RateLimitFilter(buckets, limits, json), BearerTokenAuthenticationFilter.class)
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
