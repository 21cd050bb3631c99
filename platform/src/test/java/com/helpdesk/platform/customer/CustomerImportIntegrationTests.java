package com.helpdesk.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** The CSV import: all rows or none, with a report by row. */
@PlatformIntegrationTest
class CustomerImportIntegrationTests {

    static final String HEADER = "name,category,phones,region,address,product_line,model,serial,purchase_date,acceptance_date\n";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    Environment environment;

    @Test
    void importsEveryRowInOneGo() throws Exception {
        String agent = tokens.of("kunlun-agent");
        String first = CustomerFixtures.mobile();
        String second = CustomerFixtures.mobile();
        String third = CustomerFixtures.mobile();
        String serial = CustomerFixtures.serial();
        String csv = HEADER
                + "\"Li, Lei\",general,%s;%s,110105,\"朝阳区 2 号\",laptop,K14,%s,%s,\n".formatted(first.substring(3),
                        second, serial, LocalDate.now().minusDays(40))
                + "Han Meimei,special,%s,,,,,,,\n".formatted(third);

        Reply reply = post(csv, agent);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("customers").asInt()).isEqualTo(2);
        assertThat(reply.json().get("phones").asInt()).isEqualTo(3);
        assertThat(reply.json().get("devices").asInt()).isEqualTo(1);
        JsonNode found = api.get("/api/customers?phone=" + second.substring(1), agent).json().get("items");
        assertThat(CustomerFixtures.values(found, "name")).containsExactly("Li, Lei");
        String id = found.get(0).get("id").asString();
        JsonNode archive = api.get("/api/customers/" + id + "/archive", agent).json();
        assertThat(archive.get("devices").get(0).get("device").get("serialNumber").asString()).isEqualTo(serial);
        assertThat(archive.get("addresses").get(0).get("text").asString()).isEqualTo("朝阳区 2 号");
    }

    @Test
    void oneBadRowImportsNothingAndTheReportNamesIt() throws Exception {
        String agent = tokens.of("kunlun-agent");
        String good = CustomerFixtures.mobile();
        String marker = "Rejected" + CustomerFixtures.serial();
        String csv = HEADER
                + "%s One,general,%s,,,,,,,\n".formatted(marker, good)
                + "%s Bad,platinum,12345,,,laptop,,,2099-01-01,\n".formatted(marker)
                + "%s Two,general,%s,,,,,,,\n".formatted(marker, CustomerFixtures.mobile());

        Reply reply = post(csv, agent);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:validation");
        JsonNode rows = reply.json().get("rows");
        assertThat(rows.findValues("row").stream().map(JsonNode::asInt).distinct().toList()).containsExactly(3);
        assertThat(CustomerFixtures.values(rows, "field")).contains("category", "phones", "serial", "purchase_date");
        assertThat(CustomerFixtures.values(rows, "message")).contains("number 1: is not a valid phone number");
        assertThat(CustomerFixtures.values(reply.json().get("errors"), "field")).contains("rows[3].category");
        assertThat(api.get("/api/customers?name=" + marker, agent).json().get("total").asLong()).isZero();
        assertThat(CustomerFixtures.values(api.get("/api/customers?phone=" + good.substring(1), agent).json()
            .get("items"), "name")).noneMatch(name -> name.startsWith(marker));
    }

    @Test
    void repeatedSerialsInOneFileAreReportedOnTheLaterRow() throws Exception {
        String serial = CustomerFixtures.serial();
        String row = "A,general,,,,laptop,,%s,2026-01-05,\n".formatted(serial);

        Reply reply = post(HEADER + row + row, tokens.of("kunlun-agent"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("rows").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(reply.json().get("rows").get(0).get("field").asString()).isEqualTo("serial");
    }

    @Test
    void refusesUnknownColumnsOversizeFilesAndOtherContentTypes() throws Exception {
        String agent = tokens.of("kunlun-agent");

        Reply unknown = post("name,tenant_id\nX," + CustomerFixtures.HUAXIN_TENANT_ID + "\n", agent);
        Reply huge = post(HEADER + ("x".repeat(1000) + "\n").repeat(5300), agent);
        Api.Reply json = api.post("/api/customers/import", agent, "{}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("tenant_id");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(json.status()).isEqualTo(415);
    }

    record Reply(int status, String contentType, String body) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private Reply post(String csv, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + environment.getRequiredProperty("local.server.port") + "/api/customers/import"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}
