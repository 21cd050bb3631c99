package com.helpdesk.platform.security;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The limits: each is a bucket of {@code burst} requests refilled at {@code requests} per
 * {@code per}. A user is held to their own bucket and to their tenant's, so one busy integration
 * cannot starve the vendor's agents, and one vendor cannot starve the others.
 */
@Validated
@ConfigurationProperties("helpdesk.rate-limit")
public record RateLimitProperties(boolean enabled, @NotBlank String keyPrefix, @Valid @NotNull Limit perUser,
        @Valid @NotNull Limit perTenant, @Valid @NotNull Limit perAddress) {

    public record Limit(@Positive long requests, @NotNull Duration per, @Positive long burst) {
    }
}
