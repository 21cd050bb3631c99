package com.helpdesk.platform.followup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The tokens of public survey links: {@code <invitation id>.<signature>}, both base64url, the
 * signature an HMAC-SHA256 of the id under the configured secret. The token names nothing but the
 * invitation; its expiry and single use are the invitation's own, kept in the database, so a link
 * can be refused once answered without a list of spent tokens. Signatures are compared in constant
 * time, so timing does not reveal how much of a forged one was right.
 */
@Component
class SurveyLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "survey-invitation:".getBytes(StandardCharsets.US_ASCII);
    /** 22 characters of id, a dot, 43 of signature. */
    static final int TOKEN_LENGTH = 66;

    private final SecretKeySpec key;

    SurveyLinks(FollowUpSettings settings) {
        this.key = new SecretKeySpec(settings.surveyLinkSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String tokenFor(UUID invitation) {
        byte[] id = bytes(invitation);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(id) + "." + base64.encodeToString(sign(id));
    }

    /** The invitation a genuine token names; empty for anything else, malformed or forged. */
    Optional<UUID> verify(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || token.charAt(22) != '.') {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] id = base64.decode(token.substring(0, 22));
            byte[] signature = base64.decode(token.substring(23));
            if (id.length != 16 || !MessageDigest.isEqual(sign(id), signature)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        }
        catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(PURPOSE);
            return mac.doFinal(id);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
            .array();
    }
}
