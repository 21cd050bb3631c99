package com.helpdesk.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.ConsumptionProbe;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.web.ProblemTypes;
import com.helpdesk.platform.web.ProblemWriter;

/**
 * Holds every API request to its user's and its tenant's limits; a request without a token is held
 * to its address's. It sits in the security chain right after the bearer-token filter, so a token
 * has been validated and the staff member is known (a request with a bad token was already
 * refused there); requests without one are limited before authorization refuses or admits them.
 * <p>
 * When Redis cannot be reached the request goes through: the limits protect capacity, and losing
 * them for the minutes Redis is away is better than refusing every agent on the phone. After a
 * failure the limits rest for a few seconds, so requests do not each wait for Redis's timeout.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final long REST_AFTER_FAILURE_NANOS = Duration.ofSeconds(5).toNanos();

    private final RequestBuckets buckets;
    private final RateLimitProperties properties;
    private final JsonMapper json;
    private volatile long restingUntil = System.nanoTime();

    RateLimitFilter(RequestBuckets buckets, RateLimitProperties properties, JsonMapper json) {
        this.buckets = buckets;
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = null;
        if (System.nanoTime() - restingUntil >= 0) {
            try {
                refusal = check(request);
            } catch (RuntimeException e) {
                restingUntil = System.nanoTime() + REST_AFTER_FAILURE_NANOS;
                log.warn("Rate limits not checked for {} s, Redis unavailable: {}",
                        Duration.ofNanos(REST_AFTER_FAILURE_NANOS).toSeconds(), e.toString());
            }
        }
        if (refusal == null) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response, refusal);
        }
    }

    private Refusal check(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember member) {
            Refusal user = take("user:" + member.userId(), properties.perUser(), "your account");
            if (user != null || member.tenant() == null) {
                return user;
            }
            return takeShared("tenant:" + member.tenant().id().value(), properties.perTenant(), "your organization");
        }
        return take("address:" + request.getRemoteAddr(), properties.perAddress(), "your address");
    }

    private Refusal take(String key, RateLimitProperties.Limit limit, String whose) {
        return refusal(buckets.take(key, limit), whose);
    }

    private Refusal takeShared(String key, RateLimitProperties.Limit limit, String whose) {
        return refusal(buckets.takeShared(key, limit), whose);
    }

    private static Refusal refusal(ConsumptionProbe probe, String whose) {
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Refusal(whose, Duration.ofSeconds(seconds));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        long seconds = refusal.retryAfter().toSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemWriter.write(json, request, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
                "Too many requests from " + refusal.whose() + "; retry in " + seconds + " s.",
                Map.of("retryAfterSeconds", seconds));
    }

    private record Refusal(String whose, Duration retryAfter) {
    }
}
