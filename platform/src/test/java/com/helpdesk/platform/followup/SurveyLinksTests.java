package com.helpdesk.platform.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Signed survey-link tokens: only what this secret signed names an invitation. */
class SurveyLinksTests {

    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";
    private final SurveyLinks links = links(SECRET);

    @Test
    void aTokenNamesTheInvitationItWasMadeFor() {
        UUID id = UUID.randomUUID();
        String token = links.tokenFor(id);

        assertThat(token).hasSize(SurveyLinks.TOKEN_LENGTH);
        assertThat(links.verify(token)).contains(id);
    }

    @Test
    void anAlteredSignatureIsRefused() {
        String token = links.tokenFor(UUID.randomUUID());
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(links.verify(altered)).isEmpty();
    }

    @Test
    void anotherInvitationsIdUnderAGenuineSignatureIsRefused() {
        String genuine = links.tokenFor(UUID.randomUUID());
        String other = links.tokenFor(UUID.randomUUID());
        String swapped = other.substring(0, 22) + genuine.substring(22);

        assertThat(links.verify(swapped)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String foreign = links("another-secret-of-at-least-thirty-two-characters").tokenFor(UUID.randomUUID());

        assertThat(links.verify(foreign)).isEmpty();
    }

    @Test
    void malformedTokensAreRefusedWithoutFailing() {
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(links.verify("x".repeat(SurveyLinks.TOKEN_LENGTH))).isEmpty();
        assertThat(links.verify("!".repeat(22) + "." + "!".repeat(43))).isEmpty();
    }

    private static SurveyLinks links(String secret) {
        return new SurveyLinks(new FollowUpSettings(secret, "http://127.0.0.1:8080", Duration.ofHours(2), 3));
    }
}
