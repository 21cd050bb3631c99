package com.helpdesk.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Outside the demo and test profiles, every password and secret in the configuration is a bare
 * placeholder with no default: it can only come from the environment or a secrets file, and a
 * deployment that forgets one fails at start instead of running with a value from the repository.
 */
class SecretsComeFromOutsideTests {

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|credential|token-key).*");
    private static final Pattern BARE_PLACEHOLDER = Pattern.compile("\\$\\{[A-Z0-9_]+}");

    @Test
    void noSecretHasADefaultOutsideTheDevelopmentProfiles() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yaml"));
        int secretsSeen = 0;
        for (PropertySource<?> document : documents) {
            EnumerablePropertySource<?> properties = (EnumerablePropertySource<?>) document;
            Object profile = properties.getProperty("spring.config.activate.on-profile");
            boolean development = profile != null && List.of(profile.toString().split("[|,\\s]+")).stream()
                .allMatch(p -> p.equals("demo") || p.equals("test"));
            for (String key : properties.getPropertyNames()) {
                if (SECRET_KEY.matcher(key).matches() && !development) {
                    secretsSeen++;
                    assertThat(String.valueOf(properties.getProperty(key))).as(key).matches(BARE_PLACEHOLDER);
                }
            }
        }
        assertThat(secretsSeen).as("passwords and secrets found outside the development profiles")
            .isGreaterThanOrEqualTo(4);
    }

    @Test
    void theDevelopmentSecretsAreOnlyInTheDemoAndTestProfiles() throws IOException {
        Map<String, Object> development = new YamlPropertySourceLoader()
            .load("application", new ClassPathResource("application.yaml")).stream()
            .map(EnumerablePropertySource.class::cast)
            .filter(p -> p.containsProperty("HELPDESK_DB_APP_PASSWORD"))
            .map(p -> Map.<String, Object>of("profile", p.getProperty("spring.config.activate.on-profile")))
            .findFirst().orElseThrow();
        assertThat(development.get("profile").toString()).isEqualTo("demo | test");
    }
}
