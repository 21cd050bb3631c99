package com.helpdesk.platform.notification;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Puts an e-mail in the outbox, in the caller's transaction: it is sent only if that transaction
 * commits, by a db-scheduler job that runs after it and retries while the SMTP server is away
 * ({@link MailDelivery}). The business transaction never waits for SMTP and never fails for it.
 * Without SMTP configured ({@code spring.mail.host}) nothing is queued.
 */
@Service
public class Mailbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final MailTemplates templates;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    Mailbox(JdbcClient jdbc, TenantTransactions transactions, MailTemplates templates,
            ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.templates = templates;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Queues the tenant's template of this kind in the language, filled with the values.
     *
     * @param language {@code zh}, {@code en}, or a locale such as {@code zh-CN}; anything else is English
     * @return false when mail is not configured on this platform
     */
    public boolean send(TenantId tenant, MailKind kind, String language, String recipient, Map<String, String> values) {
        if (sender.getIfAvailable() == null) {
            log.debug("No SMTP server configured: the {} mail to {} is not sent", kind.value(), recipient);
            return false;
        }
        String lang = language(language);
        MailTemplates.Template mail = templates.of(tenant, kind, lang).render(values);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        transactions.run(tenant, () -> {
            jdbc.sql("""
                    insert into mail_outbox (tenant_id, id, kind, language, recipient, subject, body, next_attempt_at,
                        created_at)
                    values (:tenant, :id, :kind, :language, :recipient, :subject, :body, :now, :now)""")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("kind", kind.value())
                .param("language", lang)
                .param("recipient", recipient)
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("now", utc(now))
                .update();
            // db-scheduler's row for the delivery, written as its own insert writes it (see SlaAlarmScheduler).
            jdbc.sql("""
                    insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                    values (:task, :instance, :at, false, 1)""")
                .param("task", MailDelivery.TASK)
                .param("instance", MailDelivery.instance(tenant, id))
                .param("at", utc(now))
                .update();
        });
        return true;
    }

    static String language(String language) {
        return language != null && language.toLowerCase().startsWith("zh") ? "zh" : "en";
    }
}
