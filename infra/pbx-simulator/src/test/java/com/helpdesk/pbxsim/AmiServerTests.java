package com.helpdesk.pbxsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;

/** The manager protocol as Asterisk 20 speaks it, checked with a bare socket. */
class AmiServerTests {

    private PbxSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        simulator = PbxSimulator.start(0, "helpdesk", "s3cret");
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void greetsLikeAsterisk20AndAcceptsAPlainLogin() throws Exception {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            assertThat(client.greeting).isEqualTo("Asterisk Call Manager/9.0.0");

            client.send("Action: Login\r\nActionID: 1\r\nUsername: helpdesk\r\nSecret: s3cret\r\n\r\n");

            assertThat(client.frame()).containsEntry("Response", "Success").containsEntry("ActionID", "1")
                    .containsEntry("Message", "Authentication accepted");
            assertThat(client.frame()).containsEntry("Event", "FullyBooted").containsEntry("Status", "Fully Booted");
            assertThat(client.frame()).containsEntry("Event", "SuccessfulAuth").containsEntry("Service", "AMI")
                    .containsEntry("AccountID", "helpdesk");
        }
    }

    @Test
    void acceptsAnMd5ChallengeLoginInLowerCaseAsAsteriskJavaSendsIt() throws Exception {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            client.send("action: Challenge\r\nactionid: 7_0#\r\nauthtype: MD5\r\n\r\n");
            Map<String, String> challenge = client.frame();
            String key = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((challenge.get("Challenge") + "s3cret").getBytes(StandardCharsets.UTF_8)));

            client.send("action: Login\r\nactionid: 7_1#\r\nusername: helpdesk\r\nauthtype: MD5\r\nkey: " + key
                    + "\r\n\r\n");

            assertThat(challenge).containsEntry("ActionID", "7_0#");
            assertThat(client.frame()).containsEntry("Response", "Success").containsEntry("ActionID", "7_1#");
        }
    }

    @Test
    void refusesAWrongSecretAndHangsUp() throws Exception {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            client.send("Action: Login\r\nUsername: helpdesk\r\nSecret: wrong\r\n\r\n");

            assertThat(client.frame()).containsEntry("Response", "Error").containsEntry("Message", "Authentication failed");
            assertThat(client.frame()).isNull();
        }
    }

    @Test
    void answersWhatAsteriskJavaAsksAfterLoginAndEchoesActionIdsExactly() throws Exception {
        try (RawAmiClient client = loggedIn()) {
            String odd = "12_3#ping  with spaces\t&:colon";
            client.send("action: Ping\r\nactionid: " + odd + "\r\n\r\n");
            assertThat(client.frame()).containsEntry("Response", "Success").containsEntry("Ping", "Pong")
                    .containsEntry("ActionID", odd);

            client.send("action: CoreSettings\r\nactionid: 4#\r\n\r\n");
            assertThat(client.frame()).containsEntry("AMIversion", "9.0.0").containsEntry("AsteriskVersion", "20.20.1");

            client.send("action: Command\r\nactionid: 5#\r\ncommand: core show version\r\n\r\n");
            assertThat(client.frame()).containsEntry("Response", "Success")
                    .hasEntrySatisfying("Output", output -> assertThat(output).startsWith("Asterisk 20.20.1 "));

            client.send("action: NoSuchThing\r\nactionid: 6#\r\n\r\n");
            assertThat(client.frame()).containsEntry("Response", "Error")
                    .containsEntry("Message", "Invalid/unknown command");

            client.send("Action: Logoff\r\n\r\n");
            assertThat(client.frame()).containsEntry("Response", "Goodbye");
            assertThat(client.frame()).isNull();
        }
    }

    @Test
    void refusesActionsBeforeLogin() throws Exception {
        try (RawAmiClient client = new RawAmiClient(simulator.port())) {
            client.send("Action: CoreShowChannels\r\nActionID: x\r\n\r\n");

            assertThat(client.frame()).containsEntry("Response", "Error").containsEntry("Message", "Permission denied");
        }
    }

    @Test
    void listsLiveChannelsWithTheirLinkedidAndACount() throws Exception {
        CallHandle call = simulator.call(InboundCall.to("+861088886666").ringing("1001").timing(Timing.fast()));
        try (RawAmiClient client = loggedIn()) {
            await().until(() -> simulator.pbx().liveChannels() == 2);

            client.send("Action: CoreShowChannels\r\nActionID: list-1\r\n\r\n");
            List<Map<String, String>> frames = client.framesUntil("Event", "CoreShowChannelsComplete");

            List<Map<String, String>> listed = frames.stream()
                    .filter(f -> "CoreShowChannel".equals(f.get("Event"))).toList();
            assertThat(frames.stream().filter(f -> "list-1".equals(f.get("ActionID"))).findFirst().orElseThrow())
                    .containsEntry("Response", "Success").containsEntry("EventList", "start");
            assertThat(listed).hasSize(2).allSatisfy(channel -> assertThat(channel)
                    .containsEntry("ActionID", "list-1").containsEntry("Linkedid", call.linkedId())
                    .containsKeys("Channel", "Uniqueid", "BridgeId", "Application", "Duration"));
            assertThat(frames.getLast()).containsEntry("EventList", "Complete").containsEntry("ListItems", "2");
        }
        call.hangup();
    }

    @Test
    void survivesAStopAndStartOnTheSamePortWithItsCallsLive() throws Exception {
        CallHandle call = simulator.call(InboundCall.to("+861088886666").ringing("1001").timing(Timing.fast()));
        await().until(() -> simulator.pbx().liveChannels() == 2);
        int port = simulator.port();

        simulator.stopAmi();
        simulator.startAmi();

        assertThat(simulator.port()).isEqualTo(port);
        try (RawAmiClient client = loggedIn()) {
            client.send("Action: CoreShowChannels\r\nActionID: after-restart\r\n\r\n");
            assertThat(client.framesUntil("Event", "CoreShowChannelsComplete").getLast())
                    .containsEntry("ListItems", "2");
        }
        call.hangup();
    }

    private RawAmiClient loggedIn() throws Exception {
        RawAmiClient client = new RawAmiClient(simulator.port());
        client.send("Action: Login\r\nUsername: helpdesk\r\nSecret: s3cret\r\n\r\n");
        client.framesUntil("Event", "SuccessfulAuth");
        return client;
    }
}
