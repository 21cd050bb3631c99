package com.helpdesk.platform.notification;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.ticket.DurableTask;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Sends one queued e-mail: the db-scheduler task {@value #TASK}, one execution per mail (instance
 * {@code <tenant>:<mail>}), run by the scheduler every node already runs. A failed send throws, and
 * db-scheduler tries again with growing pauses; after {@link #MAX_ATTEMPTS} the mail is marked
 * failed and left for people to look at. A node dying mid-send leaves its execution to another
 * node, so a mail may (rarely) arrive twice, never not at all.
 */
@Component
class MailDelivery implements DurableTask {

    static final String TASK = "mail-delivery";
    static final int MAX_ATTEMPTS = 8;
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;
    private final Clock clock;

    MailDelivery(JdbcClient jdbc, TenantTransactions transactions, ObjectProvider<JavaMailSender> sender,
            NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Run by the nodes' one scheduler (ticket.SlaAlarmNodes), which runs every feature's durable tasks. */
    @Override
    public Task<?> task() {
        return Tasks.oneTime(TASK)
            .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 3.0))
            .onDeadExecutionRevive()
            .execute((instance, context) -> deliver(instance.getId()));
    }

    static String instance(TenantId tenant, UUID mail) {
        return tenant.value() + ":" + mail;
    }

    void deliver(String instance) {
        int colon = instance.indexOf(':');
        TenantId tenant;
        UUID id;
        try {
            tenant = new TenantId(UUID.fromString(instance.substring(0, colon)));
            id = UUID.fromString(instance.substring(colon + 1));
        }
        catch (RuntimeException e) {
            log.warn("Dropping mail delivery '{}': its id names no tenant and mail", instance);
            return;
        }
        Optional<Queued> queued = transactions.call(tenant, () -> jdbc.sql("""
                select recipient, subject, body, language, attempts from mail_outbox
                 where tenant_id = :tenant and id = :id and status = 'pending'""")
            .param("tenant", tenant.value())
            .param("id", id)
            .query((rs, i) -> new Queued(rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                    rs.getString("language"), rs.getInt("attempts")))
            .optional());
        if (queued.isEmpty()) {
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        try {
            if (mail == null) {
                throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
            }
            mail.send(message(mail, queued.get()));
        }
        catch (MailException | MessagingException | IllegalStateException e) {
            boolean givingUp = queued.get().attempts() + 1 >= MAX_ATTEMPTS;
            settle(tenant, id, givingUp ? "failed" : "pending", e.getMessage());
            if (givingUp) {
                log.warn("Giving up mail {} to {} after {} attempts", id, queued.get().recipient(), MAX_ATTEMPTS, e);
                return;
            }
            throw new IllegalStateException("mail " + id + " not sent: " + e.getMessage(), e);
        }
        settle(tenant, id, "sent", "");
    }

    private MimeMessage message(JavaMailSender mail, Queued q) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(q.recipient());
        helper.setSubject(q.subject());
        helper.setText(q.body());
        message.setHeader("Content-Language", q.language());
        return message;
    }

    private void settle(TenantId tenant, UUID id, String status, String error) {
        transactions.run(tenant, () -> jdbc.sql("""
                update mail_outbox set status = :status, attempts = attempts + 1, last_error = :error,
                       sent_at = case when :status = 'sent' then :now else sent_at end, next_attempt_at = :now
                 where tenant_id = :tenant and id = :id""")
            .param("status", status)
            .param("error", error == null ? "" : error.substring(0, Math.min(error.length(), 1000)))
            .param("now", utc(clock.instant()))
            .param("tenant", tenant.value())
            .param("id", id)
            .update());
    }

    private record Queued(String recipient, String subject, String body, String language, int attempts) {
    }
}
