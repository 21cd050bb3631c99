package com.helpdesk.platform.ivr;

import static com.helpdesk.platform.ivr.IvrFixtures.HUAXIN_DID;
import static com.helpdesk.platform.ivr.IvrFixtures.mobile;
import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.helpdesk.pbxsim.agi.AgiScenario;
import com.helpdesk.platform.ivr.IvrFixtures.Call;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;

/** The vendor's admins keep their IVR menu; callers hear what they saved, and only on their own hotline. */
@IvrIntegrationTest
class IvrMenuAdministrationIntegrationTests {

    private static final String PATH = "/api/admin/ivr-menu";

    @Autowired
    IvrFixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAdminReadsTheMenuWithEveryPromptCallersHear() {
        Api.Reply reply = api.get(PATH, tokens.of("kunlun-admin"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode view = reply.json();
        assertThat(view.get("custom").asBoolean()).isTrue();
        assertThat(view.get("menu").get("productLines")).hasSize(4);
        assertThat(view.get("prompts").get("welcome").get("zh").get("sound").asString())
            .isEqualTo("helpdesk/zh/welcome");
        assertThat(api.get(PATH, tokens.of("kunlun-agent")).status()).isEqualTo(403);
    }

    @Test
    void aBrokenMenuIsRefusedFieldByField() {
        Api.Reply reply = api.put(PATH, tokens.of("kunlun-admin"), """
                {"languages": ["zh", "fr"], "maxRetries": 12, "inputTimeoutSeconds": 5, "maxRecordingSeconds": 120,
                 "options": [{"key": "1", "action": "report-fault"}, {"key": "1", "action": "agent"},
                             {"key": "#", "action": "agent"}],
                 "productLines": [{"key": "1", "productLine": ""}],
                 "severityQuestions": [{"severity": 9}], "defaultSeverity": 3,
                 "prompts": {"welcome": {"zh": {"sound": "/etc/passwd", "text": "hi"}}, "jingle": {}}}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(errorFields(reply)).contains("languages", "maxRetries", "options[1].key", "options[2].key",
                "productLines[0].productLine", "severityQuestions[0].severity", "prompts.welcome.zh.sound",
                "prompts.jingle");
        assertThat(api.get(PATH, tokens.of("kunlun-admin")).json().get("menu").get("maxRetries").asInt())
            .as("the menu in force is unchanged").isEqualTo(2);
    }

    @Test
    void aMenuSavedFromAnOlderVersionIsRefused() {
        String admin = tokens.of("sunhome-admin");
        JsonNode read = api.get(PATH, admin).json();
        String version = "\"" + read.get("version").asInt() + "\"";
        String menu = json.writeValueAsString(read.get("menu"));

        Api.Reply saved = api.put(PATH, admin, menu, java.util.Map.of("If-Match", version));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Api.Reply stale = api.put(PATH, admin, menu, java.util.Map.of("If-Match", version));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(api.get(PATH, admin).json().get("version").asInt()).isEqualTo(saved.json().get("version").asInt());
        assertThat(api.put(PATH, admin, menu, java.util.Map.of("If-Match", "\"" + saved.json().get("version").asInt()
                + "\"")).status()).isEqualTo(200);
        assertThat(errorFields(api.put(PATH, admin, menu, java.util.Map.of("If-Match", "yesterday"))))
            .containsExactly("If-Match");
    }

    @Test
    void aSavedMenuIsWhatCallersOfThatVendorHear() throws Exception {
        String admin = tokens.of("huaxin-admin");
        JsonNode original = api.get(PATH, admin).json().get("menu");
        ObjectNode changed = (ObjectNode) original.deepCopy();
        ObjectNode prompts = json.createObjectNode();
        prompts.putObject("welcome").putObject("zh").put("sound", "huaxin/zh/welcome-2026")
            .put("text", "<script>alert(1)</script>欢迎致电华信");
        changed.set("prompts", prompts);
        try {
            Api.Reply saved = api.put(PATH, admin, json.writeValueAsString(changed));

            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.json().get("version").asInt()).isGreaterThan(1);
            assertThat(saved.json().get("prompts").get("welcome").get("zh").get("text").asString())
                .as("kept as text, for the page to escape").isEqualTo("<script>alert(1)</script>欢迎致电华信");
            Call call = fixtures.call(HUAXIN_DID, mobile(), AgiScenario.caller()
                .press("language", "1")
                .hangUpAt("main-menu"));
            assertThat(call.transcript().prompts()).containsSubsequence("huaxin/zh/welcome-2026", "helpdesk/zh/main-menu");
            assertThat(api.get(PATH, tokens.of("kunlun-admin")).json().get("prompts").get("welcome").get("zh")
                .get("sound").asString()).as("another vendor's menu").isEqualTo("helpdesk/zh/welcome");
        }
        finally {
            assertThat(api.put(PATH, admin, json.writeValueAsString(original)).status()).isEqualTo(200);
        }
    }
}
