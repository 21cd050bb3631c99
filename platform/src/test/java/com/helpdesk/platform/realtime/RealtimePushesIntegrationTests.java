package com.helpdesk.platform.realtime;

import static com.helpdesk.platform.support.StompTestClient.awaitReady;
import static com.helpdesk.platform.support.StompTestClient.next;
import static com.helpdesk.platform.support.StompTestClient.probe;
import static com.helpdesk.platform.support.StompTestClient.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.helpdesk.platform.support.StompTestClient;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.tenantadmin.TenantId;

/** Pushes reach the agents of their tenant, and only them, over STOMP. */
@PlatformIntegrationTest
class RealtimePushesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RealtimePushes pushes;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    TenantDirectory tenants;

    // A topic of its own ("push-test"): real ticket pushes of the same tenant, from other tests or
    // another node on the same Redis, must not land in these assertions.
    @Test
    void deliversTenantAndStaffPushesToTheirTenantOnly() throws Exception {
        TenantId kunlun = tenant("kunlun");
        TenantId huaxin = tenant("huaxin");
        UUID kunlunAgent = userIdOf(tokens.of("kunlun-agent"));
        UUID huaxinAgent = userIdOf(tokens.of("huaxin-agent"));
        try (StompTestClient kunlunClient = StompTestClient.connect(port, tokens.of("kunlun-agent"));
                StompTestClient huaxinClient = StompTestClient.connect(port, tokens.of("huaxin-agent"))) {
            var kunlunTickets = kunlunClient.subscribe("/topic/tenants/kunlun/push-test");
            var kunlunPops = kunlunClient.subscribe("/user/queue/pops");
            var huaxinTickets = huaxinClient.subscribe("/topic/tenants/huaxin/push-test");
            var huaxinPops = huaxinClient.subscribe("/user/queue/pops");
            awaitReady(kunlunTickets, () -> pushes.toTenant(kunlun, "push-test", probe()));
            awaitReady(kunlunPops, () -> pushes.toStaff(kunlun, kunlunAgent, "pops", probe()));
            awaitReady(huaxinTickets, () -> pushes.toTenant(huaxin, "push-test", probe()));
            awaitReady(huaxinPops, () -> pushes.toStaff(huaxin, huaxinAgent, "pops", probe()));

            pushes.toTenant(kunlun, "push-test", Map.of("ticket", "K-1"));
            pushes.toStaff(kunlun, kunlunAgent, "pops", Map.of("caller", "+8613800000001"));
            // A user id named under the wrong tenant must not reach that user either.
            pushes.toStaff(kunlun, huaxinAgent, "pops", Map.of("caller", "+8613800000002"));
            assertThat(next(kunlunTickets)).containsEntry("ticket", "K-1");
            assertThat(next(kunlunPops)).containsEntry("caller", "+8613800000001");

            // Published after kunlun's: what huaxin's sessions get first must be these.
            pushes.toTenant(huaxin, "push-test", Map.of("ticket", "H-1"));
            pushes.toStaff(huaxin, huaxinAgent, "pops", Map.of("caller", "+8613800000003"));
            assertThat(next(huaxinTickets)).containsEntry("ticket", "H-1");
            assertThat(next(huaxinPops)).containsEntry("caller", "+8613800000003");
        }
    }

    @Test
    void refusesSubscribingToAnotherTenantsTopic() throws Exception {
        TenantId kunlun = tenant("kunlun");
        try (StompTestClient kunlunClient = StompTestClient.connect(port, tokens.of("kunlun-agent"));
                StompTestClient huaxinClient = StompTestClient.connect(port, tokens.of("huaxin-agent"))) {
            BlockingQueue<Map<String, Object>> stolen = huaxinClient.subscribe("/topic/tenants/kunlun/push-test");
            assertThat(huaxinClient.awaitError()).isNotNull();

            var kunlunTickets = kunlunClient.subscribe("/topic/tenants/kunlun/push-test");
            awaitReady(kunlunTickets, () -> pushes.toTenant(kunlun, "push-test", probe()));
            pushes.toTenant(kunlun, "push-test", Map.of("ticket", "K-2"));
            assertThat(next(kunlunTickets)).containsEntry("ticket", "K-2");
            assertThat(stolen).isEmpty();
            assertThat(huaxinClient.connected()).isFalse();
        }
    }

    @Test
    void keepsAnAgentsQueueFromColleagues() throws Exception {
        TenantId kunlun = tenant("kunlun");
        UUID agent = userIdOf(tokens.of("kunlun-agent"));
        UUID agent2 = userIdOf(tokens.of("kunlun-agent2"));
        try (StompTestClient first = StompTestClient.connect(port, tokens.of("kunlun-agent"));
                StompTestClient second = StompTestClient.connect(port, tokens.of("kunlun-agent2"))) {
            var firstPops = first.subscribe("/user/queue/pops");
            var secondPops = second.subscribe("/user/queue/pops");
            awaitReady(firstPops, () -> pushes.toStaff(kunlun, agent, "pops", probe()));
            awaitReady(secondPops, () -> pushes.toStaff(kunlun, agent2, "pops", probe()));

            pushes.toStaff(kunlun, agent2, "pops", Map.of("caller", "for agent2"));
            assertThat(next(secondPops)).containsEntry("caller", "for agent2");
            pushes.toStaff(kunlun, agent, "pops", Map.of("caller", "for agent"));
            assertThat(next(firstPops)).containsEntry("caller", "for agent");
        }
    }

    @Test
    void refusesSubscriptionsOutsideTheOwnTenantAndQueues() throws Exception {
        UUID agent2 = userIdOf(tokens.of("kunlun-agent2"));
        String[] forbidden = { "/user/" + agent2 + "/queue/pops", "/queue/pops", "/queue/pops-user" + agent2,
                "/topic/tenants/huaxin/tickets", "/topic/tenants/*/tickets", "/topic/tenants/kunlun/**",
                "/topic/tenants/kunlun/tickets/../board", "/topic/board", "/app/tickets" };
        for (String destination : forbidden) {
            try (StompTestClient client = StompTestClient.connect(port, tokens.of("kunlun-agent"))) {
                client.subscribe(destination);
                assertThat(client.awaitError()).as(destination).isNotNull();
            }
        }
    }

    @Test
    void refusesMessagesSentByClients() throws Exception {
        try (StompTestClient client = StompTestClient.connect(port, tokens.of("kunlun-agent"))) {
            client.send("/topic/tenants/kunlun/tickets", Map.of("ticket", "forged"));
            assertThat(client.awaitError()).isNotNull();
        }
    }

    @Test
    void refusesConnectWithoutAToken() throws Exception {
        try (StompTestClient client = StompTestClient.attempt(port, null)) {
            assertThat(client.awaitError()).isNotNull();
            assertThat(client.connected()).isFalse();
        }
    }

    @Test
    void refusesConnectWithAForgedToken() throws Exception {
        String[] parts = tokens.of("kunlun-agent").split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        try (StompTestClient client = StompTestClient.attempt(port, forged)) {
            assertThat(client.awaitError()).isNotNull();
            assertThat(client.connected()).isFalse();
        }
    }

    @Test
    void refusesConnectOfStaffWithoutATenant() throws Exception {
        try (StompTestClient client = StompTestClient.attempt(port, tokens.of("platform-admin"))) {
            assertThat(client.awaitError()).isNotNull();
            assertThat(client.connected()).isFalse();
        }
    }

    private TenantId tenant(String slug) {
        return tenants.findBySlug(slug).orElseThrow().id();
    }
}
