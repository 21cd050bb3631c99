package com.helpdesk.platform.notification;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * E-mail ({@code helpdesk.notification.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*} ({@code HELPDESK_SMTP_HOST}, {@code HELPDESK_SMTP_PORT}…).
 *
 * @param from the sender address of every mail
 */
@Validated
@ConfigurationProperties("helpdesk.notification")
record NotificationSettings(@NotBlank @DefaultValue("helpdesk@localhost") String from) {
}
