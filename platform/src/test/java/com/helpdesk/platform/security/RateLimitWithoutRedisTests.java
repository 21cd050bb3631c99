package com.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.json.JsonMapper;

/** With Redis out of reach the limits step aside: requests go through instead of failing. */
class RateLimitWithoutRedisTests {

    @Test
    void requestsPassWhenTheBucketsCannotBeReached() throws IOException, ServletException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RateLimitProperties.Limit one = new RateLimitProperties.Limit(1, Duration.ofMinutes(1), 1);
        RateLimitProperties properties = new RateLimitProperties(true, "test:", one, one, one);
        try (JedisPooled unreachable = new JedisPooled(new HostAndPort("127.0.0.1", closedPort),
                DefaultJedisClientConfig.builder().connectionTimeoutMillis(200).socketTimeoutMillis(200).build())) {
            RateLimitFilter filter = new RateLimitFilter(new RequestBuckets(unreachable, properties), properties,
                    JsonMapper.builder().build());

            for (int i = 0; i < 3; i++) {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tickets");
                MockHttpServletResponse response = new MockHttpServletResponse();
                MockFilterChain chain = new MockFilterChain();

                filter.doFilter(request, response, chain);

                assertThat(chain.getRequest()).as("request %d reached the application", i).isSameAs(request);
                assertThat(response.getStatus()).isEqualTo(200);
            }
        }
    }
}
