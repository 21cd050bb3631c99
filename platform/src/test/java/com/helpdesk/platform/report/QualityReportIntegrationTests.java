package com.helpdesk.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The quality report of kunlun's March 2025 (Beijing time), computed from a small data set whose
 * every figure is worked out by hand below; sunhome's tickets of the same month never count.
 */
@PlatformIntegrationTest
class QualityReportIntegrationTests {

    static final TenantId KUNLUN = new TenantId(UUID.fromString("7a1f0c3e-0000-4000-8000-000000000001"));
    static final TenantId SUNHOME = new TenantId(UUID.fromString("7a1f0c3e-0000-4000-8000-000000000002"));
    static final String MONTH = "2025-03";
    static final String LAPTOP = "笔记本 laptop";
    static final String SERVER = "服务器 server";
    static final String PRINTER = "打印机 printer";
    static final String FORMULA = "=cmd|' /C calc'!A0";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void loadMarch() {
        transactions.run(SUNHOME, () -> {
            ReportData sunhome = new ReportData(jdbc, SUNHOME);
            sunhome.clear();
            Instant at = Instant.parse("2025-03-12T02:00:00Z");
            UUID ticket = sunhome.ticket(900, "resolved", at, "热水器 water heater", null);
            sunhome.clock(ticket, at, "first-response", "", Duration.ofMinutes(10), Duration.ofHours(1));
            sunhome.dispatch(ticket, sunhome.partner("sunhome partner"), at, "on-site", h(0), h(1), h(2));
            sunhome.resolution(ticket, "Power supply failed", at.plus(h(3)));
            sunhome.status(ticket, "resolved", at.plus(h(3)));
            sunhome.complaint(900, at, h(2), null);
        });
        transactions.run(KUNLUN, () -> kunlunMarch(new ReportData(jdbc, KUNLUN)));
    }

    /**
     * T0 (February) and T1 repair one laptop for the same cause (a repeat fault); T2–T5 are March's
     * other tickets; T6 is reported at 00:30 on 1 April in Beijing, already April.
     */
    private static void kunlunMarch(ReportData data) {
        data.clear();
        UUID customer = data.customer();
        UUID laptop = data.device(customer, LAPTOP, "K14");
        UUID server = data.device(customer, SERVER, "S2");
        UUID p1 = data.partner("partner one");
        UUID p2 = data.partner("partner two");

        Instant t0At = Instant.parse("2025-02-10T02:00:00Z");
        UUID t0 = data.ticket(0, "closed", t0At, LAPTOP, laptop);
        data.resolution(t0, "Power supply failed", t0At.plus(h(5)));
        data.status(t0, "resolved", t0At.plus(h(5)));

        // T1: 00:30 on 1 March in Beijing, still 28 February in UTC. Every promise kept, one visit.
        Instant t1At = Instant.parse("2025-02-28T16:30:00Z");
        UUID t1 = data.ticket(1, "closed", t1At, LAPTOP, laptop);
        data.clock(t1, t1At, "first-response", "", m(10), m(5));
        data.clock(t1, t1At, "on-site", "home-city", h(1), m(50));
        data.clock(t1, t1At, "resolve", "", h(24), h(20));
        data.dispatch(t1, p1, t1At, "on-site", m(10), m(30), m(50));
        data.resolution(t1, " power supply failed ", t1At.plus(h(20)));
        data.status(t1, "resolved", t1At.plus(h(20)));

        // T2: response and on-site late; p1 refused, p2 accepted late and came late; reopened after 5 days.
        Instant t2At = Instant.parse("2025-03-10T02:00:00Z");
        UUID t2 = data.ticket(2, "resolved", t2At, SERVER, server);
        data.clock(t2, t2At, "first-response", "", m(10), m(15));
        data.clock(t2, t2At, "on-site", "province", h(5), h(6));
        data.clock(t2, t2At, "restore", "", h(4), h(3));
        data.dispatch(t2, p1, t2At, "refused", m(20), h(1), null);
        data.dispatch(t2, p2, t2At, "on-site", m(70), h(4), h(6));
        data.resolution(t2, FORMULA, t2At.plus(h(144)));
        data.status(t2, "resolved", t2At.plus(h(30)));
        data.status(t2, "reopened", t2At.plus(h(120)));
        data.status(t2, "resolved", t2At.plus(h(144)));

        // T3: two visits by p2 (the first in time, the second late); reopened after 40 days, outside the window.
        Instant t3At = Instant.parse("2025-03-15T02:00:00Z");
        UUID t3 = data.ticket(3, "closed", t3At, SERVER, server);
        data.clock(t3, t3At, "first-response", "", m(10), m(2));
        data.clock(t3, t3At, "on-site", "province", h(5), h(2));
        data.dispatch(t3, p2, t3At, "on-site", m(30), h(1), h(2));
        data.dispatch(t3, p2, t3At, "on-site", h(20), h(21), h(24));
        data.resolution(t3, "硬盘坏道 disk bad sectors", t3At.plus(h(48)));
        data.status(t3, "resolved", t3At.plus(h(48)));
        data.status(t3, "reopened", t3At.plus(h(48 + 40 * 24)));

        // T4: still open; on-site marked breached, resolve past due unmarked, restore paused before its due time.
        Instant t4At = Instant.parse("2025-03-20T02:00:00Z");
        UUID t4 = data.ticket(4, "acknowledged", t4At, LAPTOP, laptop);
        data.clock(t4, t4At, "first-response", "", m(10), m(1));
        data.clock(t4, t4At, "on-site", "home-city", h(1), null, h(1), null, null);
        data.clock(t4, t4At, "resolve", "", h(24), null);
        data.clock(t4, t4At, "restore", "", h(4), null, null, m(30), null);

        // T5: no device, fixed by phone; its first restore clock was superseded (not counted), escalation met late.
        Instant t5At = Instant.parse("2025-03-25T02:00:00Z");
        UUID t5 = data.ticket(5, "resolved", t5At, PRINTER, null);
        data.clock(t5, t5At, "first-response", "", m(10), m(3));
        data.clock(t5, t5At, "restore", "", h(1), h(2), null, null, m(20));
        data.clock(t5, t5At, "restore", "", h(4), h(1));
        data.clock(t5, t5At, "escalation", "second-line", m(30), h(1));
        data.resolution(t5, "卡纸 paper jam", t5At.plus(h(1)));
        data.status(t5, "resolved", t5At.plus(h(1)));

        Instant t6At = Instant.parse("2025-03-31T16:30:00Z");
        UUID t6 = data.ticket(6, "closed", t6At, LAPTOP, laptop);
        data.clock(t6, t6At, "first-response", "", m(10), m(1));
        data.dispatch(t6, p1, t6At, "on-site", m(5), m(10), m(20));
        data.resolution(t6, "Power supply failed", t6At.plus(h(2)));
        data.status(t6, "resolved", t6At.plus(h(2)));

        // Surveys: T1 answered and satisfied, T2 answered below the pass score, T3 left incomplete, T5
        // not answered yet; T0 (February) and T6 (April) belong to other months.
        data.survey(t1, t1At.plus(h(20)), "answered", 9.0, true);
        data.survey(t2, t2At.plus(h(144)), "answered", 6.5, false);
        data.survey(t3, t3At.plus(h(48)), "incomplete", null, null);
        data.survey(t5, t5At.plus(h(1)), "pending", null, null);
        data.survey(t0, t0At.plus(h(5)), "answered", 10.0, true);
        data.survey(t6, t6At.plus(h(2)), "answered", 2.0, false);

        Instant k = Instant.parse("2025-03-05T06:00:00Z");
        data.complaint(1, k, h(2), h(1));
        data.complaint(2, k, h(2), h(3));
        data.complaint(3, k, h(2), null);
        data.complaint(4, k, null, null);
        data.complaint(5, Instant.parse("2025-03-31T16:10:00Z"), h(2), h(1));
    }

    @Test
    void countsTheMonthsTicketsByProductLineModelAndCause() {
        JsonNode report = report("kunlun-supervisor");
        assertThat(report.get("month").asString()).isEqualTo(MONTH);
        assertThat(report.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(report.get("from").asString()).isEqualTo("2025-02-28T16:00:00Z");
        JsonNode volume = report.get("volume");
        // T1–T5; T0 is February's, T6 April's.
        assertThat(volume.get("tickets").asLong()).isEqualTo(5);
        assertThat(volume.get("resolved").asLong()).isEqualTo(4);
        assertThat(rows(volume.get("byProductLine"), "productLine", "tickets", "resolved"))
            .containsExactlyInAnyOrder(LAPTOP + " 2 1", SERVER + " 2 2", PRINTER + " 1 1");
        assertThat(rows(volume.get("byModel"), "productLine", "model", "tickets"))
            .containsExactlyInAnyOrder(LAPTOP + " K14 2", SERVER + " S2 2", PRINTER + "  1");
        assertThat(rows(volume.get("byCause"), "cause", "tickets", "unresolved"))
            .containsExactlyInAnyOrder("power supply failed 1 false", FORMULA + " 1 false",
                    "硬盘坏道 disk bad sectors 1 false", "卡纸 paper jam 1 false", " 1 true");
    }

    @Test
    void measuresEachPromiseByKindAndByRegionZone() {
        JsonNode report = report("kunlun-supervisor");
        // kind: promises, on time, late, breached, running, rate
        assertThat(rows(report.get("slaByKind"), "kind", "promises", "metOnTime", "metLate", "breached", "running", "rate"))
            .containsExactlyInAnyOrder("first-response 5 4 1 0 0 0.8", "on-site 4 2 1 1 0 0.5",
                    "resolve 2 1 0 1 0 0.5", "restore 3 2 0 0 1 1.0", "escalation 1 0 1 0 0 0.0");
        assertThat(rows(report.get("slaByZone"), "zone", "kind", "metOnTime", "metLate", "breached", "running", "rate"))
            .containsExactlyInAnyOrder(
                    "home-city first-response 2 0 0 0 1.0", "home-city on-site 1 0 1 0 0.5",
                    "home-city resolve 1 0 1 0 0.5", "home-city restore 0 0 0 1 null",
                    "province first-response 1 1 0 0 0.5", "province on-site 1 1 0 0 0.5",
                    "province restore 1 0 0 0 1.0",
                    " first-response 1 0 0 0 1.0", " restore 1 0 0 0 1.0", " escalation 0 1 0 0 0.0");
    }

    @Test
    void firstTimeFixNeedsAtMostOneVisitAndNoReopeningWithinTheWindow() {
        JsonNode ftf = report("kunlun-supervisor").get("firstTimeFix");
        // Resolved: T1, T2, T3, T5. T2 reopened within 30 days, T3 needed two visits: T1 and T5 count.
        assertThat(ftf.get("resolved").asLong()).isEqualTo(4);
        assertThat(ftf.get("firstTimeFixed").asLong()).isEqualTo(2);
        assertThat(ftf.get("withoutVisit").asLong()).isEqualTo(1);
        assertThat(ftf.get("oneVisit").asLong()).isEqualTo(2);
        assertThat(ftf.get("severalVisits").asLong()).isEqualTo(1);
        assertThat(ftf.get("reopenedWithinWindow").asLong()).isEqualTo(1);
        assertThat(ftf.get("rate").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aRepeatFaultIsTheSameDeviceRepairedTwiceForTheSameCause() {
        JsonNode repeats = report("kunlun-supervisor").get("repeatFaults");
        // The laptop: T0 and T1, "Power supply failed" either way written; T6 is after March. The server's causes differ.
        assertThat(repeats.get("devices").asLong()).isEqualTo(1);
        assertThat(repeats.get("faults").asLong()).isEqualTo(1);
        JsonNode fault = repeats.get("top").get(0);
        assertThat(fault.get("repairs").asLong()).isEqualTo(2);
        assertThat(fault.get("model").asString()).isEqualTo("K14");
        assertThat(fault.get("cause").asString()).isEqualToIgnoringCase("power supply failed");
        assertThat(fault.get("lastRepairedAt").asString()).isEqualTo("2025-03-01T12:30:00Z");
    }

    @Test
    void measuresPartnersOnTheirOffersOfTheMonth() {
        JsonNode partners = report("kunlun-supervisor").get("partners");
        // name: dispatches, accepted, in time, refused, checked in, on site met, late, acceptance rate, on-site rate
        assertThat(rows(partners, "name", "dispatches", "accepted", "acceptedInTime", "refused", "checkedIn", "onSiteMet",
                "onSiteLate", "acceptanceRate", "onSiteRate"))
            .containsExactly("RPT partner two 3 3 2 0 3 1 2 0.6667 0.3333", "RPT partner one 2 1 1 1 1 1 0 0.5 1.0");
    }

    @Test
    void countsComplaintsRepliedWithinTheirTarget() {
        JsonNode complaints = report("kunlun-supervisor").get("complaints");
        assertThat(rows(List.of(complaints), "received", "withTarget", "repliedInTime", "repliedLate", "overdue",
                "unanswered", "rate")).containsExactly("4 3 1 1 1 2 0.3333");
    }

    @Test
    void reportsTheSurveysOfTheMonthsTickets() {
        JsonNode satisfaction = report("kunlun-supervisor").get("satisfaction");

        assertThat(rows(List.of(satisfaction), "available", "surveysSent", "responses", "responseRate", "averageScore",
                "satisfied", "satisfiedRate")).containsExactly("true 4 2 0.5 7.75 1 0.5");
        assertThat(report("sunhome-supervisor").get("satisfaction").get("available").asBoolean())
            .as("sunhome sent no survey about its March tickets").isFalse();
    }

    @Test
    void anotherTenantsTicketsNeverCount() {
        JsonNode sunhome = report("sunhome-supervisor");
        assertThat(sunhome.get("volume").get("tickets").asLong()).isEqualTo(1);
        assertThat(sunhome.get("partners")).hasSize(1);
        assertThat(sunhome.get("partners").get(0).get("name").asString()).isEqualTo("RPT sunhome partner");
        assertThat(sunhome.get("repeatFaults").get("faults").asLong()).isZero();
        JsonNode kunlun = report("kunlun-admin");
        assertThat(kunlun.get("complaints").get("received").asLong()).isEqualTo(4);
        assertThat(rows(kunlun.get("volume").get("byProductLine"), "productLine")).doesNotContain("热水器 water heater");
    }

    @Test
    void onlySupervisorsAndVendorAdminsReadReports() {
        for (String path : List.of("/api/reports/quality", "/api/reports/quality.csv", "/api/reports/quality.pdf")) {
            Api.Reply reply = api.get(path + "?month=" + MONTH, tokens.of("kunlun-agent"));
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.isProblem()).isTrue();
        }
    }

    @Test
    void aBadMonthIsAFieldError() {
        for (String month : List.of("", "2025-13", "march", "2025-3", "1999-12", "2999-01")) {
            for (String path : List.of("/api/reports/quality", "/api/reports/quality.csv", "/api/reports/quality.pdf")) {
                Api.Reply reply = api.get(path + "?month=" + month, tokens.of("kunlun-supervisor"));
                assertThat(reply.status()).as(path + " " + month).isEqualTo(400);
                assertThat(reply.isProblem()).isTrue();
                assertThat(Api.errorFields(reply)).containsExactly("month");
            }
        }
        assertThat(Api.errorFields(api.get("/api/reports/quality", tokens.of("kunlun-supervisor")))).containsExactly("month");
    }

    @Test
    void theCsvNeutralisesFormulasAndTheExportIsAudited() throws IOException {
        Api.Reply reply = api.get("/api/reports/quality.csv?month=" + MONTH, tokens.of("kunlun-supervisor"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).contains("quality-report-kunlun-2025-03.csv");
        assertThat(reply.body()).startsWith("\uFEFFsection,dimension,detail,metric,value\r\n");
        List<String> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(reply.body().substring(1),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            csv.forEach(r -> rows.add(String.join("|", r.values())));
        }
        assertThat(rows).contains("cause|'" + FORMULA + "||tickets|1", "volume|||tickets|5", "first-time-fix|||rate|0.5",
                "sla-by-kind|on-site||breached|1", "complaints|||rate|0.3333", "product-line|" + LAPTOP + "||tickets|2",
                "satisfaction|||available|true");
        assertThat(rows).flatMap(r -> List.of(r.split("\\|"))).noneMatch(cell -> !cell.isEmpty()
                && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);

        JsonNode audit = api.get("/api/audit-log?limit=20", tokens.of("kunlun-supervisor")).json();
        List<String> exports = new ArrayList<>();
        audit.forEach(e -> exports.add(e.get("action").asString() + " " + e.get("targetType").asString() + " "
                + e.get("targetId").asString() + " " + e.get("actorName").asString()));
        assertThat(exports).contains("data-export quality-report 2025-03.csv kunlun-supervisor");
    }

    @Test
    void thePdfHoldsTheKeyFiguresInChineseAndEnglish() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/reports/quality.pdf?month=" + MONTH))
            .header("Authorization", "Bearer " + tokens.of("kunlun-admin")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        // Kept for a look: pdftoppm -png target/quality-report.pdf target/quality-report
        java.nio.file.Files.write(java.nio.file.Path.of("target", "quality-report.pdf"), pdf.body());
        String text = text(pdf.body());
        assertThat(text).contains("月度服务质量报告", "Kunlun Computing", "2025-03", "硬盘坏道 disk bad sectors",
                "笔记本 laptop", "RPT partner two", "50.0 %", "33.3 %", "满意度 Satisfaction", "平均分 average 7.75");
        JsonNode audit = api.get("/api/audit-log?limit=20", tokens.of("kunlun-admin")).json();
        List<String> targets = new ArrayList<>();
        audit.forEach(e -> targets.add(e.get("action").asString() + " " + e.get("targetId").asString()));
        assertThat(targets).contains("data-export 2025-03.pdf");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }

    private JsonNode report(String user) {
        Api.Reply reply = api.get("/api/reports/quality?month=" + MONTH, tokens.of(user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Each element as its fields' values joined by spaces ("null" for null), to compare whole rows. */
    private static List<String> rows(Iterable<JsonNode> nodes, String... fields) {
        List<String> rows = new ArrayList<>();
        for (JsonNode node : nodes) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = node.get(field);
                values.add(value == null || value.isNull() ? "null" : value.asString());
            }
            rows.add(String.join(" ", values));
        }
        return rows;
    }

    private static Duration h(long hours) {
        return Duration.ofHours(hours);
    }

    private static Duration m(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
