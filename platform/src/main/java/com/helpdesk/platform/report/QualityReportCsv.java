package com.helpdesk.platform.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.helpdesk.platform.report.QualityReport.CauseCount;
import com.helpdesk.platform.report.QualityReport.Compliance;
import com.helpdesk.platform.report.QualityReport.LineCount;
import com.helpdesk.platform.report.QualityReport.ModelCount;
import com.helpdesk.platform.report.QualityReport.PartnerFigures;
import com.helpdesk.platform.report.QualityReport.RepeatFault;
import com.helpdesk.platform.web.SpreadsheetSafe;

/**
 * The report as one long table, one figure per row ({@code section, dimension, detail, metric,
 * value}), which a spreadsheet pivots as it likes. Texts come from the tenant's own data (product
 * lines, causes, partner names), so every cell that a spreadsheet would take for a formula is
 * neutralised with a leading apostrophe (OWASP's advice against CSV injection).
 */
final class QualityReportCsv {

    /** Excel opens UTF-8 (Chinese texts) correctly only with a byte-order mark. */
    private static final String BOM = "\uFEFF";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
        .setHeader("section", "dimension", "detail", "metric", "value")
        .setRecordSeparator("\r\n")
        .get();

    private QualityReportCsv() {
    }

    static String write(QualityReport r) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            Rows rows = new Rows(csv);
            rows.add("report", r.tenant(), r.tenantName(), "month", r.month());
            rows.add("report", r.tenant(), r.timeZone(), "generatedAt", r.generatedAt());
            rows.add("report", r.tenant(), "", "reopenWindowDays", r.reopenWindowDays());
            volume(rows, r);
            for (Compliance c : r.slaByKind()) {
                compliance(rows, "sla-by-kind", c);
            }
            for (Compliance c : r.slaByZone()) {
                compliance(rows, "sla-by-zone", c);
            }
            fixes(rows, r);
            for (PartnerFigures p : r.partners()) {
                rows.figures("partner", p.name(), p.partnerId(), "dispatches", p.dispatches(), "accepted", p.accepted(),
                        "acceptedInTime", p.acceptedInTime(), "refused", p.refused(), "checkedIn", p.checkedIn(),
                        "onSiteMet", p.onSiteMet(), "onSiteLate", p.onSiteLate(), "acceptanceRate", p.acceptanceRate(),
                        "onSiteRate", p.onSiteRate());
            }
            var c = r.complaints();
            rows.figures("complaints", "", "", "received", c.received(), "withTarget", c.withTarget(), "repliedInTime",
                    c.repliedInTime(), "repliedLate", c.repliedLate(), "overdue", c.overdue(), "unanswered",
                    c.unanswered(), "rate", c.rate());
            var s = r.satisfaction();
            rows.figures("satisfaction", "", "", "available", s.available(), "surveysSent", s.surveysSent(),
                    "responses", s.responses(), "responseRate", s.responseRate(), "averageScore", s.averageScore(),
                    "satisfied", s.satisfied(), "satisfiedRate", s.satisfiedRate());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void volume(Rows rows, QualityReport r) throws IOException {
        rows.figures("volume", "", "", "tickets", r.volume().tickets(), "resolved", r.volume().resolved());
        for (LineCount l : r.volume().byProductLine()) {
            rows.figures("product-line", l.productLine(), "", "tickets", l.tickets(), "resolved", l.resolved());
        }
        for (ModelCount m : r.volume().byModel()) {
            rows.add("model", m.productLine(), m.model(), "tickets", m.tickets());
        }
        for (CauseCount c : r.volume().byCause()) {
            String cause = c.other() ? "(other)" : c.unresolved() ? "(unresolved)" : c.cause();
            rows.add("cause", cause, "", "tickets", c.tickets());
        }
    }

    private static void compliance(Rows rows, String section, Compliance c) throws IOException {
        rows.figures(section, c.kind(), c.zone() == null ? "" : c.zone(), "promises", c.promises(), "metOnTime",
                c.metOnTime(), "metLate", c.metLate(), "breached", c.breached(), "running", c.running(), "rate",
                c.rate());
    }

    private static void fixes(Rows rows, QualityReport r) throws IOException {
        var f = r.firstTimeFix();
        rows.figures("first-time-fix", "", "", "resolved", f.resolved(), "firstTimeFixed", f.firstTimeFixed(),
                "withoutVisit", f.withoutVisit(), "oneVisit", f.oneVisit(), "severalVisits", f.severalVisits(),
                "reopenedWithinWindow", f.reopenedWithinWindow(), "rate", f.rate());
        rows.figures("repeat-faults", "", "", "devices", r.repeatFaults().devices(), "faults",
                r.repeatFaults().faults());
        for (RepeatFault x : r.repeatFaults().top()) {
            String device = x.serialNumber() + " " + x.productLine() + " " + x.model();
            rows.add("repeat-fault", device.strip(), x.cause(), "repairs", x.repairs());
        }
    }

    /** The printer with neutralised cells. */
    private record Rows(CSVPrinter csv) {

        void add(String section, String dimension, String detail, String metric, Object value) throws IOException {
            csv.printRecord(safe(section), safe(dimension), safe(detail), safe(metric),
                    value == null ? "" : safe(value.toString()));
        }

        /** Several figures of one row of the report: metric, value, metric, value… */
        void figures(String section, String dimension, String detail, Object... metricsAndValues) throws IOException {
            for (int i = 0; i < metricsAndValues.length; i += 2) {
                add(section, dimension, detail, (String) metricsAndValues[i], metricsAndValues[i + 1]);
            }
        }
    }

    /** A cell as written: defused when a spreadsheet would evaluate it (the same rule as every export). */
    static String safe(String cell) {
        return cell == null ? "" : SpreadsheetSafe.cell(cell);
    }
}
