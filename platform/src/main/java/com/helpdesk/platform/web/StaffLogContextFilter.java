package com.helpdesk.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.helpdesk.platform.security.StaffMember;

/**
 * Adds the caller's tenant and user to the log context. Registered as a plain servlet filter, so
 * it runs after Spring Security's chain has authenticated the request.
 */
@Component
class StaffLogContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember member) {
            MDC.put("tenant", member.tenant() == null ? "-" : member.tenant().slug());
            MDC.put("user", member.username());
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove("tenant");
            MDC.remove("user");
        }
    }
}
