package com.helpdesk.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;

/** Partners for tests, with names, regions and usernames drawn per run, since the test database is kept. */
final class PartnerFixtures {

    private PartnerFixtures() {
    }

    static String marker() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A district code somewhere in China (two-digit province 11–65, city 01–20, district 01–20). */
    static String district() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "%02d%02d%02d".formatted(random.nextInt(11, 66), random.nextInt(1, 21), random.nextInt(1, 21));
    }

    static String city(String district) {
        return district.substring(0, 4) + "00";
    }

    static String province(String district) {
        return district.substring(0, 2) + "0000";
    }

    /** Creates a partner covering {@code codes}, accepting within two hours; answers its id. */
    static String create(Api api, String token, String name, String... codes) {
        Api.Reply reply = api.post("/api/partners", token, """
                {"name": "%s", "regionCodes": [%s], "acceptWithin": "PT2H"}"""
            .formatted(name, Arrays.stream(codes).map(code -> "\"" + code + "\"").collect(Collectors.joining(", "))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    /** The values of one field of each element of a JSON array. */
    static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asString()));
        return values;
    }

    /** The elements of a JSON array of strings. */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.asString()));
        return values;
    }

    /** The partner ids of a suggestion list, in order. */
    static List<String> suggestedIds(JsonNode suggestions) {
        List<String> ids = new ArrayList<>();
        suggestions.forEach(s -> ids.add(s.get("partner").get("id").asString()));
        return ids;
    }
}
