package com.helpdesk.platform.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.ProblemTypes;

/**
 * The monthly quality report for supervisors and the vendor's admins: JSON for the report page, CSV
 * and PDF to take away. A download leaves the platform with the tenant's data, so it is audited as a
 * data export; looking at the report in the page is not.
 */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('supervisor', 'tenant-admin')")
class QualityReportController {

    private static final Logger log = LoggerFactory.getLogger(QualityReportController.class);

    static final String EXPORT = "data-export";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QualityReports reports;
    private final QualityReportPdf pdf;
    private final AuditLog audit;

    QualityReportController(QualityReports reports, QualityReportPdf pdf, AuditLog audit) {
        this.reports = reports;
        this.pdf = pdf;
        this.audit = audit;
    }

    /** {@code ?month=2026-10}, a month of the tenant's calendar up to the current one. */
    @GetMapping("/quality")
    QualityReport quality(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String month) {
        member.tenantId();
        return reports.of(member.tenant(), month);
    }

    @GetMapping("/quality.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) String month) {
        member.tenantId();
        QualityReport report = reports.of(member.tenant(), month);
        String body = QualityReportCsv.write(report);
        audit.record(member.tenantId(), member, EXPORT, "quality-report", report.month() + ".csv");
        return download(CSV, report, "csv").body(body);
    }

    @GetMapping("/quality.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffMember member,
            @RequestParam(required = false) String month) {
        member.tenantId();
        QualityReport report = reports.of(member.tenant(), month);
        byte[] body = pdf.write(report);
        audit.record(member.tenantId(), member, EXPORT, "quality-report", report.month() + ".pdf");
        return download(MediaType.APPLICATION_PDF, report, "pdf").body(body);
    }

    private static ResponseEntity.BodyBuilder download(MediaType type, QualityReport report, String extension) {
        String name = "quality-report-" + report.tenant() + "-" + report.month() + "." + extension;
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }

    /** Answered 503 (and logged for the operator): the JSON and CSV forms of the report still work. */
    @ExceptionHandler(QualityReportPdf.FontMissing.class)
    ResponseEntity<ProblemDetail> pdfUnavailable(QualityReportPdf.FontMissing e) {
        log.error("Quality report PDF unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The PDF cannot be produced on this server right now; the CSV download has the same figures.");
        problem.setType(URI.create(ProblemTypes.UNAVAILABLE));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }
}
