package com.helpdesk.platform.security;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * How a bearer token is checked, from {@code spring.security.oauth2.resourceserver.jwt.*}: the
 * signature by the issuer's published keys (fetched at the first token, so the platform starts
 * while Keycloak is still starting), the algorithms, the issuer, the audience and the expiry.
 * Spring Boot would build the same decoder; it is spelled out here to say which clock judges
 * {@code exp} and {@code nbf}: {@link TokenClock}, the system's, never the application's
 * {@link Clock} (which tests move forward by hours to reach deadlines).
 */
@Configuration
class TokenDecoding {

    /** The clock against which tokens expire; a bean of its own so a test can show an expired token. */
    public record TokenClock(Clock clock) {
    }

    @Bean
    TokenClock tokenClock() {
        return new TokenClock(Clock.systemUTC());
    }

    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, TokenClock tokenClock) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        String issuer = jwt.getIssuerUri();
        List<String> audiences = List.copyOf(jwt.getAudiences());
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
                .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms()
                    .forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                .build();
            JwtTimestampValidator expiry = new JwtTimestampValidator();
            expiry.setClock(tokenClock.clock());
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(issuer),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            aud -> aud != null && aud.stream().anyMatch(audiences::contains))));
            return decoder;
        });
    }
}
