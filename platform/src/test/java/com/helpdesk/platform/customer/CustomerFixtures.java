package com.helpdesk.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.helpdesk.platform.support.Api;

/** Customers for tests, with numbers and serials unique to each run, since the test database is kept. */
final class CustomerFixtures {

    static final String HUAXIN_TENANT_ID = "7a1f0c3e-0000-4000-8000-000000000003";

    private CustomerFixtures() {
    }

    private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "155", "156", "157", "158", "159", "186", "187", "188", "189" };

    /** A valid Chinese mobile number, E.164, drawn from some two billion, so runs rarely meet each other's. */
    static String mobile() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "+86" + MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }

    static String serial() {
        return "SN-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    /** The values of one field of each element of a JSON array. */
    static java.util.List<String> values(tools.jackson.databind.JsonNode array, String field) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asString()));
        return values;
    }

    /** Creates a person with one number and an address in Beijing, Chaoyang; answers the id. */
    static String create(Api api, String token, String name, String e164) {
        Api.Reply reply = api.post("/api/customers", token, """
                {"kind": "person", "category": "general", "name": "%s", "phones": [{"number": "%s", "label": "mobile"}],
                 "addresses": [{"regionCode": "110105", "text": "朝阳区 1 号"}]}""".formatted(name, e164));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
