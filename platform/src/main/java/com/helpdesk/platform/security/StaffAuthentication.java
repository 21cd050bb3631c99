package com.helpdesk.platform.security;

import java.util.stream.Collectors;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the staff member is the principal, the validated token the credentials. */
final class StaffAuthentication extends AbstractAuthenticationToken {

    private final StaffMember member;
    private final Jwt token;

    StaffAuthentication(StaffMember member, Jwt token) {
        super(member.roles().stream().map(Role::authority).collect(Collectors.toSet()));
        this.member = member;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public StaffMember getPrincipal() {
        return member;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return member.username();
    }
}
