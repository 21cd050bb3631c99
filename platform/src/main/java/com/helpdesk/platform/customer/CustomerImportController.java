package com.helpdesk.platform.customer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.web.FieldError;
import com.helpdesk.platform.web.ProblemTypes;

/**
 * {@code POST /api/customers/import}: a CSV file (UTF-8, header row) of customers, imported all or
 * nothing. A refused file is answered with every problem by row number, the header being row 1.
 */
@RestController
class CustomerImportController {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String UNSUPPORTED_MEDIA_TYPE = "urn:helpdesk:problem:unsupported-media-type";
    /** A file full of mistakes is reported by its first problems; the count says how many there were. */
    static final int MAX_REPORTED = 500;
    private static final List<String> CSV_TYPES = List.of("text/csv", "text/plain", "application/csv");

    private final CustomerImport importer;
    private final AuditLog audit;

    CustomerImportController(CustomerImport importer, AuditLog audit) {
        this.importer = importer;
        this.audit = audit;
    }

    @PostMapping("/api/customers/import")
    ResponseEntity<?> importCsv(@AuthenticationPrincipal StaffMember member,
            @RequestHeader(value = "Content-Type", required = false) String contentType, InputStream body)
            throws IOException {
        member.tenantId();
        if (contentType == null || CSV_TYPES.stream().noneMatch(type -> isType(contentType, type))) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE, "Send the file as text/csv in UTF-8."));
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw ImportProblem.tooLarge("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it.");
        }
        var imported = importer.run(member.tenant(), text(bytes));
        audit.record(member.tenantId(), member, "customers.imported", "customer-import", bytes.length + " bytes");
        return ResponseEntity.ok(imported);
    }

    @ExceptionHandler(ImportProblem.class)
    ResponseEntity<ProblemDetail> refused(ImportProblem refused) {
        List<ImportProblem.RowError> reported = refused.errors().stream().limit(MAX_REPORTED).toList();
        ProblemDetail problem = refused.tooLarge()
                ? problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, reported.getFirst().message())
                : problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                        "The file has " + refused.errors().size() + " problem(s); nothing was imported.");
        problem.setProperty("errors", reported.stream()
            .map(e -> new FieldError(e.row() == 0 ? e.field() : "rows[" + e.row() + "]." + e.field(), e.message()))
            .toList());
        problem.setProperty("rows", reported);
        problem.setProperty("errorCount", refused.errors().size());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            // Spreadsheets often start a UTF-8 file with a byte-order mark; it is not part of the header.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException e) {
            throw ImportProblem.ofFile("is not UTF-8 text");
        }
    }

    private static boolean isType(String contentType, String type) {
        try {
            return MediaType.parseMediaType(contentType).equalsTypeAndSubtype(MediaType.parseMediaType(type));
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        return problem;
    }
}
