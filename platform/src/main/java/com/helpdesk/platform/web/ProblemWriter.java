package com.helpdesk.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details from servlet filters, which answer before Spring MVC (and so before
 * {@link ProblemDetailsAdvice}) is reached: the same members the advice's problems carry.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String type, String detail, Map<String, Object> extensions) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(extensions);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
