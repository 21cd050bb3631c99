package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** Only tokens Keycloak signed for the platform open the API; every forgery gets 401. */
@PlatformIntegrationTest
class TokenValidationIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void unsignedTokenWithAlgNoneIsRejected() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64(claimsLikeKeycloaks(tokens.issuer()).toString());

        assertRejected(header + "." + claims + ".");
    }

    @Test
    void tokenSignedWithAnUnknownKeyIsRejected() throws JOSEException {
        assertRejected(selfSigned(tokens.issuer()));
    }

    @Test
    void tokenFromAnUntrustedIssuerIsRejected() throws JOSEException {
        assertRejected(selfSigned("http://127.0.0.1:8180/realms/elsewhere"));
    }

    @Test
    void keycloakTokenOfAnotherRealmIsRejected() {
        assertRejected(tokens.ofMasterRealmAdmin());
    }

    @Test
    void keycloakTokenForAnotherAudienceIsRejected() {
        // admin-cli is a built-in client of the realm; its tokens are real but not meant for the platform.
        assertRejected(tokens.fetch("admin-cli", "kunlun-agent", KeycloakTokens.DEMO_PASSWORD));
    }

    @Test
    void tamperedKeycloakTokenIsRejected() {
        String[] parts = tokens.of("kunlun-agent").split("\\.");
        String tamperedClaims = parts[1].substring(0, parts[1].length() - 2) + "AA";

        assertRejected(parts[0] + "." + tamperedClaims + "." + parts[2]);
    }

    @Test
    void roleIsCheckedAfterTheToken() {
        assertThat(api.get("/api/audit-log", tokens.of("kunlun-agent")).status()).isEqualTo(403);
        assertThat(api.get("/api/audit-log", tokens.of("kunlun-supervisor")).status()).isEqualTo(200);
    }

    private void assertRejected(String token) {
        Api.Reply reply = api.get("/api/me", token);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    private static String selfSigned(String issuer) throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claimsLikeKeycloaks(issuer));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet claimsLikeKeycloaks(String issuer) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer)
            .subject(UUID.randomUUID().toString())
            .audience(List.of("helpdesk-platform"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("preferred_username", "intruder")
            .claim("organization", List.of("kunlun"))
            .claim("realm_access", java.util.Map.of("roles", List.of("agent", "platform-admin")))
            .build();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
