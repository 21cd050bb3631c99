package com.helpdesk.platform.followup;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.web.ProblemTypes;
import com.helpdesk.platform.web.ProblemWriter;

/**
 * Caps what anyone on the internet may send to the public routes ({@code /api/public/**}) before a
 * byte of it is read: a declared length above the cap, or no declared length, is refused with 413.
 * Twenty answers of 2,000 characters in UTF-8, with the JSON around them, fit well within it.
 */
@Component
class PublicBodyLimit extends OncePerRequestFilter {

    static final long MAX_BODY = 64 * 1024;

    private final JsonMapper json;

    PublicBodyLimit(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/public/") || "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > MAX_BODY) {
            ProblemWriter.write(json, request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE,
                    "The body must declare its length and be at most " + MAX_BODY + " bytes.", Map.of());
            return;
        }
        chain.doFilter(request, response);
    }
}
