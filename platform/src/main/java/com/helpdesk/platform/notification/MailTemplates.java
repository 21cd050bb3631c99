package com.helpdesk.platform.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The mail templates: a tenant's own ({@code mail_templates}) or the built-in one
 * ({@code mail/<kind>.<language>.txt}, first line {@code Subject: …}). Placeholders are
 * {@code {{name}}}; the mails are plain text, so values go in as they are, and an unknown
 * placeholder stays visible rather than silently empty.
 */
@Component
class MailTemplates {

    static final List<String> LANGUAGES = List.of("zh", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final Map<MailKind, Map<String, Template>> builtIn = new EnumMap<>(MailKind.class);

    MailTemplates(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        for (MailKind kind : MailKind.values()) {
            Map<String, Template> byLanguage = new java.util.HashMap<>();
            LANGUAGES.forEach(language -> byLanguage.put(language, read(kind, language)));
            builtIn.put(kind, byLanguage);
        }
    }

    Template of(TenantId tenant, MailKind kind, String language) {
        return own(tenant, kind, language).orElse(builtIn.get(kind).get(language));
    }

    Optional<Template> own(TenantId tenant, MailKind kind, String language) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select subject, body from mail_templates where tenant_id = :tenant and kind = :kind and language = :language""")
            .param("tenant", tenant.value())
            .param("kind", kind.value())
            .param("language", language)
            .query((rs, i) -> new Template(rs.getString("subject"), rs.getString("body")))
            .optional());
    }

    void replace(TenantId tenant, MailKind kind, String language, Template template, Instant now) {
        transactions.run(tenant, () -> jdbc.sql("""
                insert into mail_templates (tenant_id, kind, language, subject, body, updated_at)
                values (:tenant, :kind, :language, :subject, :body, :now)
                on conflict (tenant_id, kind, language) do update set subject = excluded.subject,
                    body = excluded.body, updated_at = excluded.updated_at""")
            .param("tenant", tenant.value())
            .param("kind", kind.value())
            .param("language", language)
            .param("subject", template.subject())
            .param("body", template.body())
            .param("now", SqlTimes.utc(now))
            .update());
    }

    private static Template read(MailKind kind, String language) {
        try (InputStream in = new ClassPathResource("mail/" + kind.value() + "." + language + ".txt").getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            if (!text.startsWith("Subject: ") || end < 0) {
                throw new IllegalStateException("mail template " + kind.value() + "." + language
                        + " must start with a 'Subject: ' line");
            }
            return new Template(text.substring("Subject: ".length(), end).strip(), text.substring(end + 1).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException("the built-in mail template " + kind.value() + "." + language + " is missing", e);
        }
    }

    record Template(String subject, String body) {

        Template render(Map<String, String> values) {
            return new Template(fill(subject, values).replace('\n', ' '), fill(body, values));
        }

        private static String fill(String text, Map<String, String> values) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
