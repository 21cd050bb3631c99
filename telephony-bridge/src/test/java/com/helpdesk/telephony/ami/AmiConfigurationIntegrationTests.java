package com.helpdesk.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.Dialer;

/** How the platform gets the bridge: its component scan finds {@link AmiConfiguration}. */
class AmiConfigurationIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AmiConfiguration.class);

    @Test
    void isOffByDefaultAndNeedsNeitherRedisNorAListener() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Dialer.class);
            assertThat(context.getBean(AmiProperties.class).enabled()).isFalse();
            Dialer.OriginateOutcome outcome = context.getBean(Dialer.class)
                    .originate("pbx-1", "1001", "+8613911112222", Map.of()).get(1, TimeUnit.SECONDS);
            assertThat(outcome.placed()).isFalse();
        });
    }

    @Test
    void bindsServersWithDefaultsAndConnectsWhenEnabled() throws Exception {
        try (BridgeFixture fixture = new BridgeFixture()) {
            // the context owns (and closes) its Redis client, as the platform's context does
            runner.withBean(UnifiedJedis.class, () -> new JedisPooled("127.0.0.1", 6379))
                    .withBean(CallListener.class, RecordingCallListener::new)
                    .withPropertyValues("helpdesk.telephony.ami.enabled=true",
                            "helpdesk.telephony.ami.lease-ttl=3s",
                            "helpdesk.telephony.ami.servers[0].name=" + fixture.serverName,
                            "helpdesk.telephony.ami.servers[0].host=127.0.0.1",
                            "helpdesk.telephony.ami.servers[0].port=" + fixture.pbx.port(),
                            "helpdesk.telephony.ami.servers[0].username=" + BridgeFixture.USER,
                            "helpdesk.telephony.ami.servers[0].secret=" + BridgeFixture.SECRET,
                            "helpdesk.telephony.ami.servers[0].dids=+861088886666,+8653188887777")
                    .run(context -> {
                        AmiProperties properties = context.getBean(AmiProperties.class);
                        AmiProperties.Server server = properties.servers().getFirst();
                        assertThat(server.dids()).containsExactly("+861088886666", "+8653188887777");
                        assertThat(server.originateContext()).isEqualTo("click-to-call");
                        assertThat(server.agentChannel()).isEqualTo("PJSIP/{extension}");
                        assertThat(properties.keepalive()).isEqualTo(Duration.ofSeconds(10));
                        assertThat(properties.readTimeout()).isGreaterThan(properties.keepalive());
                        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.pbx.loggedInClients() == 1);
                    });
            // Closing the context stopped the bridge: logged off and the lease released.
            await().atMost(Duration.ofSeconds(5)).until(() -> fixture.pbx.loggedInClients() == 0);
            assertThat(fixture.redis.get("helpdesk:telephony:ami-holder:" + fixture.serverName)).isNull();
        }
    }

    @Test
    void refusesToStartEnabledWithoutServers() {
        runner.withPropertyValues("helpdesk.telephony.ami.enabled=true")
                .run(context -> assertThat(context).hasFailed());
    }
}
