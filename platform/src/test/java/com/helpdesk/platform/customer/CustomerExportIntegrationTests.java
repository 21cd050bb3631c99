package com.helpdesk.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/** The archive exported as CSV: formulas defused, the tenant's own rows only, the import's columns. */
@PlatformIntegrationTest
class CustomerExportIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Test
    void formulasImportedFromAFileLeaveTheExportDefused() throws IOException {
        String phone = CustomerFixtures.mobile();
        String serial = CustomerFixtures.serial();
        String name = "=CMD|' /C calc'!A0 " + serial;
        String csv = "name,notes,phones,region,address,product_line,model,serial,purchase_date\n"
                + "\"%s\",@SUM(1+1),%s,110105,\"-2+3 朝阳区\",laptop,+K14,%s,%s\n".formatted(name, phone, serial,
                        LocalDate.now().minusDays(10));
        Api.Reply imported = api.sendRaw("POST", "/api/customers/import", tokens.of("kunlun-agent"), "text/csv",
                BodyPublishers.ofString(csv));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        Api.Reply exported = api.get("/api/customers/export", tokens.of("kunlun-supervisor"));

        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("text/csv");
        CSVRecord row = rows(exported.body()).stream().filter(r -> r.get("serial").equals(serial)).findFirst()
            .orElseThrow();
        assertThat(row.get("name")).isEqualTo("'" + name);
        assertThat(row.get("notes")).isEqualTo("'@SUM(1+1)");
        assertThat(row.get("phones")).isEqualTo("'" + phone);
        assertThat(row.get("address")).isEqualTo("'-2+3 朝阳区");
        assertThat(row.get("model")).isEqualTo("'+K14");
        assertThat(row.get("product_line")).isEqualTo("laptop");
        assertThat(exported.body()).doesNotContain("\n=", ",=", ",@", ",+", ",-");
    }

    @Test
    void theExportHoldsOnlyTheTenantsOwnCustomersAndIsAudited() throws IOException {
        String huaxinName = "华信客户 " + CustomerFixtures.serial();
        CustomerFixtures.create(api, tokens.of("huaxin-agent"), huaxinName, CustomerFixtures.mobile());
        String kunlunName = "昆仑客户 " + CustomerFixtures.serial();
        CustomerFixtures.create(api, tokens.of("kunlun-agent"), kunlunName, CustomerFixtures.mobile());

        List<String> names = rows(api.get("/api/customers/export", tokens.of("kunlun-admin")).body()).stream()
            .map(r -> r.get("name")).toList();

        assertThat(names).contains(kunlunName).doesNotContain(huaxinName);
        assertThat(api.get("/api/audit-log?limit=50", tokens.of("kunlun-supervisor")).body())
            .contains("customers.exported");
    }

    @Test
    void agentsMayNotExportTheArchive() {
        assertThat(api.get("/api/customers/export", tokens.of("kunlun-agent")).status()).isEqualTo(403);
    }

    private static List<CSVRecord> rows(String body) throws IOException {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(text)).getRecords();
    }
}
