package com.helpdesk.platform.followup;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Return visits and survey links ({@code helpdesk.followup.*}).
 *
 * @param surveyLinkSecret the HMAC key that signs public survey links: from the environment
 *                         ({@code HELPDESK_SURVEY_LINK_SECRET}); only the demo and test profiles
 *                         carry a development value. Changing it invalidates every link sent.
 * @param publicBaseUrl    where customers reach this platform, for the links in e-mails
 * @param retryAfter       business time before calling again a customer who was not reached
 * @param maxAttempts      calls without reaching the customer before the visit is given up
 */
@Validated
@ConfigurationProperties("helpdesk.followup")
record FollowUpSettings(@NotBlank @Size(min = 32, message = "must be at least 32 characters") String surveyLinkSecret,
        @NotBlank @DefaultValue("http://127.0.0.1:8080") String publicBaseUrl,
        @NotNull @DefaultValue("2h") Duration retryAfter, @Positive @Max(20) @DefaultValue("3") int maxAttempts) {
}
