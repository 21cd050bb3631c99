package com.helpdesk.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.tenantadmin.TenantId;

class DestinationsTests {

    private final StompStaff kunlunAgent = new StompStaff(UUID.randomUUID(), new TenantId(UUID.randomUUID()),
            "kunlun", false);
    private final StompStaff kunlunSupervisor = new StompStaff(UUID.randomUUID(), kunlunAgent.tenant(), "kunlun",
            true);

    @Test
    void allowsOwnTenantTopicsAndOwnQueues() {
        assertThat(Destinations.maySubscribe(kunlunAgent, "/topic/tenants/kunlun/tickets")).isTrue();
        assertThat(Destinations.maySubscribe(kunlunAgent, "/topic/tenants/kunlun/board")).isTrue();
        assertThat(Destinations.maySubscribe(kunlunAgent, "/user/queue/pops")).isTrue();
        assertThat(Destinations.maySubscribe(kunlunAgent, "/user/queue/tickets")).isTrue();
    }

    @Test
    void keepsTheAgentsPhoneStatesForSupervisors() {
        assertThat(Destinations.maySubscribe(kunlunSupervisor, "/topic/tenants/kunlun/agents")).isTrue();
        assertThat(Destinations.maySubscribe(kunlunAgent, "/topic/tenants/kunlun/agents")).isFalse();
        assertThat(Destinations.maySubscribe(kunlunSupervisor, "/topic/tenants/huaxin/agents")).isFalse();
    }

    @Test
    void refusesOtherTenantsWildcardsAndOtherUsers() {
        String other = UUID.randomUUID().toString();
        for (String destination : new String[] { null, "", "/topic/tenants/huaxin/tickets",
                "/topic/tenants/kunlunx/tickets", "/topic/tenants/kunlun/", "/topic/tenants/kunlun/*",
                "/topic/tenants/kunlun/**", "/topic/tenants/*/tickets", "/topic/tenants/kunlun/a/b",
                "/topic/tenants/kunlun/../huaxin/tickets", "/topic/tickets", "/queue/pops",
                "/queue/pops-user" + other, "/user/" + other + "/queue/pops", "/user/queue/", "/user/queue/*",
                "/app/anything", "/topic/tenants/kunlun/Tickets" }) {
            assertThat(Destinations.maySubscribe(kunlunAgent, destination)).as(destination).isFalse();
        }
    }

    @Test
    void refusesPushesToNamesThatAreNotOneSegment() {
        assertThat(Destinations.tenantTopic("kunlun", "tickets")).isEqualTo("/topic/tenants/kunlun/tickets");
        assertThat(Destinations.staffQueue("pops")).isEqualTo("/queue/pops");
        assertThatIllegalArgumentException().isThrownBy(() -> Destinations.tenantTopic("kunlun", "a/b"));
        assertThatIllegalArgumentException().isThrownBy(() -> Destinations.staffQueue("*"));
    }
}
