package com.helpdesk.platform.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.report.QualityReport.CauseCount;
import com.helpdesk.platform.report.QualityReport.Compliance;
import com.helpdesk.platform.report.QualityReport.LineCount;
import com.helpdesk.platform.report.QualityReport.ModelCount;
import com.helpdesk.platform.report.QualityReport.PartnerFigures;
import com.helpdesk.platform.report.QualityReport.RepeatFault;

/**
 * The report as a PDF for management (PDFBox), with bilingual headings. The configured Chinese font
 * is embedded as a subset, so the Chinese texts of the tenant's data render in any viewer.
 */
@Component
class QualityReportPdf {

    private static final float[] FIVE = { 0.32f, 0.17f, 0.17f, 0.17f, 0.17f };
    private static final float[] THREE = { 0.6f, 0.2f, 0.2f };

    private final Path fontFile;

    QualityReportPdf(ReportSettings settings) {
        this.fontFile = settings.pdfFont();
    }

    byte[] write(QualityReport r) {
        if (!Files.isReadable(fontFile)) {
            throw new FontMissing("The report font " + fontFile + " is missing; install it with "
                    + "infra/lib/fonts.sh or set helpdesk.report.pdf-font");
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = collection()) {
            PDFont font = fonts == null ? PDType0Font.load(document, fontFile.toFile()) : firstFont(document, fonts);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Quality report " + r.tenant() + " " + r.month());
            try (PdfLines out = new PdfLines(document, font)) {
                header(out, r);
                volume(out, r);
                sla(out, r);
                fixes(out, r);
                partners(out, r);
                followUp(out, r);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrueTypeCollection collection() throws IOException {
        return fontFile.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")
                ? new TrueTypeCollection(fontFile.toFile()) : null;
    }

    private static PDFont firstFont(PDDocument document, TrueTypeCollection fonts) throws IOException {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        fonts.processAllFonts(f -> first.compareAndSet(null, f));
        return PDType0Font.load(document, first.get(), true);
    }

    private static void header(PdfLines out, QualityReport r) throws IOException {
        out.title("月度服务质量报告 Monthly quality report " + r.month());
        out.line(r.tenantName() + " · 时区 Time zone " + r.timeZone() + " · 生成于 Generated "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(r.timeZone())).format(r.generatedAt()));
        out.line("工单 Tickets reported: " + r.volume().tickets() + " · 已解决 resolved: " + r.volume().resolved());
    }

    private static void volume(PdfLines out, QualityReport r) throws IOException {
        out.heading("产品线 Tickets by product line");
        out.row(THREE, "产品线 Product line", "工单 Tickets", "已解决 Resolved");
        for (LineCount l : r.volume().byProductLine()) {
            out.row(THREE, blank(l.productLine()), n(l.tickets()), n(l.resolved()));
        }
        out.heading("型号 Tickets by model");
        out.row(THREE, "产品线 / 型号 Product line / model", "工单 Tickets", "");
        for (ModelCount m : r.volume().byModel()) {
            out.row(THREE, blank(m.productLine()) + " / " + blank(m.model()), n(m.tickets()), "");
        }
        out.heading("故障原因 Tickets by cause");
        for (CauseCount c : r.volume().byCause()) {
            String cause = c.other() ? "其他 other" : c.unresolved() ? "未解决 not resolved yet" : c.cause();
            out.row(THREE, cause, n(c.tickets()), "");
        }
    }

    private static void sla(PdfLines out, QualityReport r) throws IOException {
        out.heading("承诺达成 SLA compliance by promise");
        out.row(FIVE, "承诺 Promise", "按时 On time", "迟到 Late", "违约 Breached", "达成率 Rate");
        for (Compliance c : r.slaByKind()) {
            out.row(FIVE, c.kind(), n(c.metOnTime()), n(c.metLate()), n(c.breached()), Rates.percent(c.rate()));
        }
        out.heading("区域 SLA compliance by region zone");
        out.row(FIVE, "区域 / 承诺 Zone / promise", "按时 On time", "迟到 Late", "违约 Breached", "达成率 Rate");
        for (Compliance c : r.slaByZone()) {
            out.row(FIVE, blank(c.zone()) + " / " + c.kind(), n(c.metOnTime()), n(c.metLate()), n(c.breached()),
                    Rates.percent(c.rate()));
        }
    }

    private static void fixes(PdfLines out, QualityReport r) throws IOException {
        var f = r.firstTimeFix();
        out.heading("一次修复率 First-time fix");
        out.line("已解决 Resolved " + f.resolved() + " · 一次修复 fixed first time " + f.firstTimeFixed() + " · "
                + Rates.percent(f.rate()) + " (≤ 1 次上门 visit, " + r.reopenWindowDays() + " 天内未重开 not reopened within "
                + r.reopenWindowDays() + " days)");
        out.line("无需上门 No visit " + f.withoutVisit() + " · 一次上门 one visit " + f.oneVisit() + " · 多次上门 several "
                + f.severalVisits() + " · 重开 reopened " + f.reopenedWithinWindow());
        out.heading("重复故障 Repeat faults (same device, same cause)");
        out.line("设备 Devices " + r.repeatFaults().devices() + " · 故障 faults " + r.repeatFaults().faults());
        for (RepeatFault x : r.repeatFaults().top()) {
            out.row(THREE, x.serialNumber() + " " + x.model() + " · " + x.cause(), "维修 repairs " + x.repairs(), "");
        }
    }

    private static void partners(PdfLines out, QualityReport r) throws IOException {
        out.heading("服务网点 Partner performance");
        out.row(FIVE, "网点 Partner", "派工 Dispatches", "按时接单 Accepted in time", "拒单 Refused", "按时到场 On site met");
        for (PartnerFigures p : r.partners()) {
            out.row(FIVE, p.name(), n(p.dispatches()), n(p.acceptedInTime()) + " (" + Rates.percent(p.acceptanceRate()) + ")",
                    n(p.refused()), n(p.onSiteMet()) + " (" + Rates.percent(p.onSiteRate()) + ")");
        }
    }

    private static void followUp(PdfLines out, QualityReport r) throws IOException {
        var c = r.complaints();
        out.heading("投诉 Complaints");
        out.line("收到 Received " + c.received() + " · 按时回复 replied in time " + c.repliedInTime() + " / " + c.withTarget()
                + " (" + Rates.percent(c.rate()) + ") · 迟复 late " + c.repliedLate() + " · 超时未复 overdue " + c.overdue());
        var s = r.satisfaction();
        out.heading("满意度 Satisfaction");
        out.line(!s.available() ? "暂无调查数据 No survey data yet"
                : "调查 Surveys " + s.surveysSent() + " · 回复率 response rate " + Rates.percent(s.responseRate())
                        + " · 平均分 average " + (s.averageScore() == null ? "—" : s.averageScore()) + " · 满意 satisfied "
                        + Rates.percent(s.satisfiedRate()));
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    /** The server cannot write PDFs (its font is not installed): a fault of the deployment, not the request. */
    static final class FontMissing extends RuntimeException {
        FontMissing(String message) {
            super(message);
        }
    }
}
