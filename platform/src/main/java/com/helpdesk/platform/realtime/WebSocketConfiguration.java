package com.helpdesk.platform.realtime;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over a plain WebSocket at {@value #ENDPOINT} with an in-memory broker per node; pushes reach
 * other nodes through Redis ({@link RealtimePushes}). The handshake itself carries no credentials
 * (browsers cannot set headers on it): the token comes in the CONNECT frame.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    /** Clients send only CONNECT, SUBSCRIBE and heart-beats: a few kilobytes is plenty. */
    static final int MAX_INBOUND_MESSAGE_BYTES = 16 * 1024;
    static final int MAX_SEND_BUFFER_BYTES = 512 * 1024;
    static final Duration MAX_SEND_TIME = Duration.ofSeconds(10);
    static final Duration TIME_TO_FIRST_MESSAGE = Duration.ofSeconds(30);
    static final int MAX_FRAMES_PER_WINDOW = 60;
    static final Duration FRAME_WINDOW = Duration.ofSeconds(10);

    private final JwtDecoder decoder;
    private final Converter<Jwt, AbstractAuthenticationToken> tokens;
    private final Clock clock;

    WebSocketConfiguration(JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> tokens, Clock clock) {
        this.decoder = decoder;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT); // same-origin browsers only (Spring's default origin check)
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic", "/queue");
        registry.setUserDestinationPrefix("/user");
        // No @MessageMapping exists and SEND is refused; the prefix only keeps the default explicit.
        registry.setApplicationDestinationPrefixes("/app");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new InboundFrameLimit(MAX_FRAMES_PER_WINDOW, FRAME_WINDOW, clock),
                new StompGatekeeper(decoder, tokens));
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(MAX_INBOUND_MESSAGE_BYTES)
            .setSendBufferSizeLimit(MAX_SEND_BUFFER_BYTES)
            .setSendTimeLimit((int) MAX_SEND_TIME.toMillis())
            .setTimeToFirstMessage((int) TIME_TO_FIRST_MESSAGE.toMillis());
    }
}
