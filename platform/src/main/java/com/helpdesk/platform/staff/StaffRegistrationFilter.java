package com.helpdesk.platform.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.helpdesk.platform.audit.AuditLog;
import com.helpdesk.platform.security.StaffMember;

/**
 * Keeps the users-to-tenant mapping current from the tokens staff arrive with: Keycloak stays the
 * source of truth, the platform records who belongs where so calls, tickets and audit entries can
 * name them. Each node writes at most once per member per {@link #REFRESH_AFTER}. A service
 * partner's people are not staff and stay out of the directory.
 */
@Component
class StaffRegistrationFilter extends OncePerRequestFilter {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(10);

    private final StaffRepository staff;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<UUID, Instant> registeredAt = new ConcurrentHashMap<>();
    /** Extensions given to members at their first sign-in, by username (the demo's desk phones). */
    private final Map<String, String> initialExtensions;

    StaffRegistrationFilter(StaffRepository staff, AuditLog audit, Clock clock, StaffSettings settings) {
        this.initialExtensions = settings.initialExtensions();
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember member
                && member.isStaff() && member.tenant() != null && member.tenant().active()) {
            registerIfStale(member);
        }
        chain.doFilter(request, response);
    }

    private void registerIfStale(StaffMember member) {
        Instant now = clock.instant();
        Instant last = registeredAt.get(member.userId());
        if (last != null && last.plus(REFRESH_AFTER).isAfter(now)) {
            return;
        }
        if (staff.register(member.tenantId(), member, now)) {
            audit.record(member.tenantId(), member, "staff.first-login", "staff", member.userId().toString());
        }
        String extension = initialExtensions.get(member.username());
        if (extension != null) {
            staff.assignInitialExtension(member.tenantId(), member.userId(), extension); // only if none yet
        }
        registeredAt.put(member.userId(), now);
    }
}
