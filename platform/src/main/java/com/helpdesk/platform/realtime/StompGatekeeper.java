package com.helpdesk.platform.realtime;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.helpdesk.platform.security.NoTenantException;
import com.helpdesk.platform.security.Role;
import com.helpdesk.platform.security.StaffMember;

/**
 * Authenticates a STOMP session on its CONNECT frame with the same token validation as the REST
 * API, and then lets the client only subscribe: to its tenant's topics and its own queues. A
 * refused frame throws, which makes Spring answer with an ERROR frame and close the session.
 */
final class StompGatekeeper implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(StompGatekeeper.class);
    private static final String BEARER = "Bearer ";

    private final JwtDecoder decoder;
    private final Converter<Jwt, AbstractAuthenticationToken> converter;

    StompGatekeeper(JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> converter) {
        this.decoder = decoder;
        this.converter = converter;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message; // heart-beats
        }
        StompCommand command = stomp.getCommand();
        switch (command) {
            case CONNECT, STOMP -> stomp.setUser(authenticate(stomp));
            case SUBSCRIBE -> checkSubscription(stomp);
            case UNSUBSCRIBE, DISCONNECT -> {
            }
            default -> throw refused("Clients only subscribe; " + command + " is not accepted.");
        }
        return message;
    }

    private StompStaff authenticate(StompHeaderAccessor stomp) {
        String header = stomp.getFirstNativeHeader("Authorization");
        if (header == null) {
            header = stomp.getFirstNativeHeader("authorization");
        }
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw refused("CONNECT needs an Authorization: Bearer header.");
        }
        try {
            Jwt jwt = decoder.decode(header.substring(BEARER.length()).trim());
            AbstractAuthenticationToken authentication = converter.convert(jwt);
            // Tenant topics carry the desk's traffic (calls, tickets), which a partner's people must not see.
            if (authentication == null || !(authentication.getPrincipal() instanceof StaffMember member)
                    || !member.isStaff()) {
                throw refused("The token names no staff member.");
            }
            return new StompStaff(member.userId(), member.tenantId(), member.tenant().slug(),
                    member.has(Role.SUPERVISOR) || member.has(Role.TENANT_ADMIN));
        }
        catch (JwtException | AuthenticationException | NoTenantException e) {
            log.debug("Refused a STOMP CONNECT: {}", e.getMessage());
            throw refused("The token was refused.");
        }
    }

    private static void checkSubscription(StompHeaderAccessor stomp) {
        Principal user = stomp.getUser();
        if (!(user instanceof StompStaff staff)) {
            throw refused("SUBSCRIBE before an authenticated CONNECT.");
        }
        if (!Destinations.maySubscribe(staff, stomp.getDestination())) {
            throw refused("Not allowed to subscribe to " + stomp.getDestination());
        }
    }

    private static MessageDeliveryException refused(String reason) {
        return new MessageDeliveryException(reason);
    }
}
