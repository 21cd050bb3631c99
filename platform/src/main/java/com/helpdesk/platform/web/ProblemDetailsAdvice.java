package com.helpdesk.platform.web;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.helpdesk.platform.security.NoTenantException;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.NotPermittedException;
import com.helpdesk.tenantadmin.UnknownTenantException;
import com.helpdesk.tenantadmin.terms.NoTermsException;
import com.helpdesk.tenantadmin.terms.StaleTermsException;

/**
 * Every error the API returns is an RFC 9457 problem detail with a stable {@code type}.
 * Validation problems list the rejected fields. Unexpected failures are logged with the request
 * id and answered without any internals.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** Seconds: the pool's wait for a connection is a few, and a failover of PostgreSQL takes some more. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UnknownTenantException.class)
    ProblemDetail unknownTenant(UnknownTenantException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return validation(e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
    }

    @ExceptionHandler(NoTermsException.class)
    ProblemDetail noTerms(NoTermsException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e) {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NoTenantException.class)
    ProblemDetail noTenant(NoTenantException e) {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.NO_TENANT, e.getMessage());
    }

    /** Method security denies inside the controller, after the filter chain's own handler had its turn. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Your role does not allow this action.");
    }

    @ExceptionHandler(GoneException.class)
    ProblemDetail gone(GoneException e) {
        return problem(HttpStatus.GONE, e.type(), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail stateConflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(StaleTermsException.class)
    ProblemDetail staleTerms(StaleTermsException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, e.getMessage());
    }

    /** A concurrent request wrote the same key first (two admins, one slug or one version). */
    @ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
    ProblemDetail conflict(Exception e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT,
                "Someone else changed this record since you read it. Reload and apply your change again.");
    }

    /**
     * PostgreSQL away: no connection to be had (the pool's wait ran out, or the transaction could not
     * begin), or the one in use broke mid-statement or at commit. Every write is one transaction, so a
     * request that failed before its commit left nothing behind; one that broke during the commit may
     * have been saved, hence the wording. Retry-After tells clients when to try again.
     */
    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class })
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Database unavailable", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
            .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
                    "The service is briefly unavailable; try again in a moment. A change that was not"
                            + " confirmed may not have been saved: read it back before repeating it."));
    }

    /** Keycloak's admin API did not answer (or failed): nothing was created, the admin may retry. */
    @ExceptionHandler({ ResourceAccessException.class, HttpServerErrorException.class })
    ProblemDetail identityProviderUnavailable(Exception e) {
        log.warn("Identity provider unavailable", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE,
                "The identity provider is briefly unavailable; nothing was saved. Try again in a moment.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "An unexpected error occurred. It has been logged with this request's id.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
            .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
            .flatMap(result -> result.getResolvableErrors().stream()
                .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
            .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "value";
        return ResponseEntity.badRequest()
            .body(validation(List.of(new FieldError(field, "is not a valid " + typeName(e)))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (UnreadableBodies.find(e, JsonBodyLimitFilter.BodyTooLargeException.class) instanceof Exception tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, tooLarge.getMessage()));
        }
        return ResponseEntity.badRequest().body(validation(UnreadableBodies.fieldErrors(e)));
    }

    /** Gives the problems Spring MVC itself builds (404 route, 405, 415, unreadable body) our types. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(URI.create(typeFor(status)));
        }
        return response;
    }

    static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                "The request has invalid fields.");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        return problem;
    }

    private static String typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> ProblemTypes.NOT_FOUND;
            case 400 -> ProblemTypes.BAD_REQUEST;
            default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.BAD_REQUEST;
        };
    }

    private static String typeName(TypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        return type == null ? "value" : type.getSimpleName().equals("UUID") ? "id" : type.getSimpleName();
    }
}
