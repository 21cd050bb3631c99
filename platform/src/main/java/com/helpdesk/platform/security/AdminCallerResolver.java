package com.helpdesk.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.helpdesk.tenantadmin.AdminCaller;

/**
 * Hands the tenant-admin module's controllers the caller in its own terms, so that module needs
 * nothing of Spring Security or of the platform.
 */
final class AdminCallerResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return AdminCaller.class.equals(parameter.getParameterType());
    }

    @Override
    public AdminCaller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffMember member)) {
            throw new InvalidBearerTokenException("No authenticated staff member.");
        }
        boolean activeTenant = member.tenant() != null && member.tenant().active();
        return new AdminCaller(activeTenant ? member.tenant().id() : null, member.username(),
                member.has(Role.TENANT_ADMIN), member.has(Role.PLATFORM_ADMIN));
    }
}
