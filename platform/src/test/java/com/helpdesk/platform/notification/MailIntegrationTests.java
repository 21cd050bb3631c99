package com.helpdesk.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * E-mails through a real SMTP server (GreenMail, in this JVM on a free port): survey links in the
 * language asked or the vendor's, with the vendor's own template where it has one; dispatch offers
 * to the partner's address; escalation alarms to the supervisors. Each arrives after the business
 * transaction committed, sent by the scheduler's delivery job, which tries again while the SMTP
 * server cannot be reached (the link is cut with a TCP proxy).
 */
@PlatformIntegrationTest
@Import(ForwardClock.Configuration.class)
// The clock runs ahead by the end, and the SMTP server is this class's own.
@DirtiesContext
class MailIntegrationTests {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final String BEIJING_PARTNER = "7a1f0c3e-0000-4000-8001-000000000101";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final TenantId KUNLUN = TenantId.of("7a1f0c3e-0000-4000-8000-000000000001");

    /** Between the platform and the SMTP server, so that a test can cut the link. */
    static final NioReactor REACTOR;
    static final TcpCrusher PROXY;

    static {
        SMTP.start();
        try (ServerSocket free = new ServerSocket(0)) {
            REACTOR = new NioReactor();
            PROXY = TcpCrusherBuilder.builder().withReactor(REACTOR)
                .withBindAddress("127.0.0.1", free.getLocalPort())
                .withConnectAddress("127.0.0.1", SMTP.getSmtp().getPort())
                .build();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PROXY.open();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PROXY.getBindAddress().getPort());
    }

    @AfterAll
    static void stop() throws IOException {
        PROXY.close();
        REACTOR.close();
        SMTP.stop();
    }

    @Autowired
    TenantTransactions transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    ForwardClock clock;

    @Test
    void aSurveyLinkIsMailedInTheVendorsLanguageWithTheLink() throws Exception {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);
        String to = "kunde-" + System.nanoTime() + "@example.com";

        Api.Reply issued = api.post("/api/return-visits/" + visit.get("id").asString() + "/survey-link", agent,
                "{\"email\": \"%s\"}".formatted(to));

        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("mailed").asBoolean()).isTrue();
        MimeMessage mail = awaitMailTo(to);
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("zh");
        assertThat(mail.getSubject()).contains("请对工单 " + visit.get("ticketNumber").asLong());
        assertThat(text(mail)).contains(issued.json().get("token").asString());
    }

    @Test
    void anSmtpOutageNeitherFailsTheRequestNorLosesTheMail() throws Exception {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);
        String to = "outage-" + System.nanoTime() + "@example.com";
        PROXY.close();
        try {
            Api.Reply issued = api.post("/api/return-visits/" + visit.get("id").asString() + "/survey-link", agent,
                    "{\"email\": \"%s\"}".formatted(to));
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            assertThat(issued.json().get("mailed").asBoolean()).isTrue();
            // The delivery was tried, failed, and the mail waits in the outbox for the next try.
            await().atMost(WAIT).untilAsserted(() -> {
                Outboxed row = outboxed(to);
                assertThat(row.status()).isEqualTo("pending");
                assertThat(row.attempts()).isPositive();
                assertThat(row.lastError()).isNotBlank();
            });
        }
        finally {
            PROXY.open();
        }
        MimeMessage mail = awaitMailTo(to);
        assertThat(text(mail)).contains("survey.html#");
        await().atMost(WAIT).untilAsserted(() -> assertThat(outboxed(to).status()).isEqualTo("sent"));
    }

    @Test
    void theVendorsOwnTemplateServesTheLanguageAsked() throws Exception {
        String admin = tokens.of("kunlun-admin");
        Api.Reply saved = api.put("/api/admin/mail/templates/survey-link/en", admin, """
                {"subject": "Kunlun wants your opinion on {{ticketNumber}}", "body": "Rate us: {{link}}"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.get("/api/admin/mail/templates/survey-link/en", admin).json().get("custom").asBoolean()).isTrue();
        // Another vendor still has the built-in template; staff who are not admins cannot touch them.
        JsonNode sunhome = api.get("/api/admin/mail/templates/survey-link/en", tokens.of("sunhome-admin")).json();
        assertThat(sunhome.get("custom").asBoolean()).isFalse();
        assertThat(sunhome.get("subject").asString()).doesNotContain("Kunlun wants");
        assertThat(api.get("/api/admin/mail/templates/survey-link/en", tokens.of("kunlun-agent")).status()).isEqualTo(403);
        assertThat(Api.errorFields(api.put("/api/admin/mail/templates/letter/fr", admin, "{\"subject\": \"x\", \"body\": \"y\"}")))
            .containsExactlyInAnyOrder("kind", "language");
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);
        String to = "customer-" + System.nanoTime() + "@example.com";

        Api.Reply issued = api.post("/api/return-visits/" + visit.get("id").asString() + "/survey-link", agent,
                "{\"email\": \"%s\", \"language\": \"en\"}".formatted(to));

        MimeMessage mail = awaitMailTo(to);
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(mail.getSubject()).isEqualTo("Kunlun wants your opinion on " + visit.get("ticketNumber").asLong());
        assertThat(text(mail)).contains("survey.html#" + issued.json().get("token").asString());
    }

    @Test
    void aBadAddressIsRefusedAndNothingIsQueued() {
        String agent = tokens.of("kunlun-agent");
        JsonNode visit = newVisit(agent);

        Api.Reply refused = api.post("/api/return-visits/" + visit.get("id").asString() + "/survey-link", agent,
                "{\"email\": \"a@b.c\\nBcc: x@y.z\", \"language\": \"fr\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(Api.errorFields(refused)).containsExactlyInAnyOrder("email", "language");
    }

    @Test
    void aDispatchOfferIsMailedToThePartner() throws Exception {
        String to = "offers-" + System.nanoTime() + "@bj-repair.example";
        Api.Reply set = api.put("/api/admin/mail/partners/" + BEIJING_PARTNER, tokens.of("kunlun-admin"),
                "{\"address\": \"%s\"}".formatted(to));
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        assertThat(api.put("/api/admin/mail/partners/" + BEIJING_PARTNER, tokens.of("sunhome-admin"),
                "{\"address\": \"x@example.com\"}").status()).isEqualTo(404);
        String agent = tokens.of("kunlun-agent");
        JsonNode ticket = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "caller": {"name": "派工 测试", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "风扇异响 noisy fan"}""").json().get("ticket");

        Api.Reply offered = api.post("/api/tickets/" + ticket.get("id").asString() + "/dispatches", agent,
                "{\"partnerId\": \"%s\"}".formatted(BEIJING_PARTNER));

        assertThat(offered.status()).as(offered.body()).isIn(200, 201);
        MimeMessage mail = awaitMailTo(to);
        assertThat(mail.getSubject()).contains("派工通知", Long.toString(ticket.get("number").asLong()));
        assertThat(text(mail)).isNotBlank();
    }

    @Test
    void anEscalationWarningIsMailedToTheSupervisors() throws Exception {
        // Signed in once, so the desk knows the supervisor's address from the token.
        assertThat(api.get("/api/me", tokens.of("kunlun-supervisor")).status()).isEqualTo(200);
        Api.Reply opened = api.post("/api/tickets", tokens.of("kunlun-agent"), """
                {"channel": "web", "severity": 1, "caller": {"name": "赵工", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "整机无法启动 will not start at all"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long number = opened.json().get("ticket").get("number").asLong();

        // kunlun's severe faults in Beijing: on site within 2 real hours, warned at 1.5.
        clock.passTo(Instant.now().plus(Duration.ofMinutes(95)));

        MimeMessage mail = awaitMail(m -> recipients(m).contains("supervisor@kunlun.example")
                && subject(m).contains(Long.toString(number)));
        assertThat(mail.getSubject()).contains("即将超时");
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("zh");
        assertThat(text(mail)).contains(Long.toString(number));
    }

    private JsonNode newVisit(String agent) {
        Api.Reply opened = api.post("/api/tickets", agent, """
                {"channel": "phone", "severity": 3, "caller": {"name": "邮件 测试", "phone": "138 0013 8000"},
                 "regionCode": "110105", "productLine": "laptop", "problem": "键盘失灵 keyboard dead"}""");
        JsonNode ticket = opened.json().get("ticket");
        Api.Reply resolved = api.post("/api/tickets/" + ticket.get("id").asString() + "/resolution", agent,
                "{\"version\": %d, \"cause\": \"排线松动\", \"fix\": \"重新连接排线\"}".formatted(ticket.get("version").asInt()));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
        AtomicReference<JsonNode> visit = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode page = api.get("/api/return-visits?status=all&ticket=" + ticket.get("id").asString(), agent).json();
            assertThat(page.get("items").size()).isEqualTo(1);
            visit.set(page.get("items").get(0));
        });
        return visit.get();
    }

    private static MimeMessage awaitMailTo(String to) {
        return awaitMail(m -> recipients(m).contains(to));
    }

    private static MimeMessage awaitMail(java.util.function.Predicate<MimeMessage> wanted) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            Arrays.stream(SMTP.getReceivedMessages()).filter(wanted).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    private Outboxed outboxed(String recipient) {
        return transactions.call(KUNLUN, () -> jdbc.sql("""
                select status, attempts, last_error from mail_outbox where tenant_id = :tenant and recipient = :to""")
            .param("tenant", KUNLUN.value())
            .param("to", recipient)
            .query((rs, i) -> new Outboxed(rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error")))
            .single());
    }

    record Outboxed(String status, int attempts, String lastError) {
    }

    /** The decoded text, whatever transfer encoding the sender chose. */
    private static String text(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
