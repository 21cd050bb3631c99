package com.helpdesk.platform.customer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;

/**
 * The whole customer archive as a CSV file that the import reads back: for supervisors and the
 * vendor's admins only, and every export is written to the audit log.
 */
@RestController
class CustomerExportController {

    private final CustomerExport export;
    private final AuditLog audit;

    CustomerExportController(CustomerExport export, AuditLog audit) {
        this.export = export;
        this.audit = audit;
    }

    @GetMapping(path = "/api/customers/export", produces = "text/csv")
    @PreAuthorize("hasAnyRole('supervisor', 'tenant-admin')")
    void exportCsv(@AuthenticationPrincipal StaffMember member, HttpServletResponse response) throws IOException {
        var tenant = member.tenantId();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("customers.csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // A byte-order mark, so that spreadsheets read the Chinese text as UTF-8; the import skips it.
        out.write('\uFEFF');
        int rows = export.write(tenant, out);
        out.flush();
        audit.record(tenant, member, "customers.exported", "customer-export", rows + " rows");
    }
}
