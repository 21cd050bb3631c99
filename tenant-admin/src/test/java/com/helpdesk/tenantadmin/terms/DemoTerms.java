package com.helpdesk.tenantadmin.terms;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the demo terms under {@code infra/demo/terms/} the way the API will: JSON bound to the records by Jackson. */
final class DemoTerms {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DIRECTORY = Path.of("..", "infra", "demo", "terms");

    private DemoTerms() {
    }

    static String text(String tenant) {
        try {
            return Files.readString(DIRECTORY.resolve(tenant + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceTerms load(String tenant) {
        return JSON.readValue(text(tenant), ServiceTerms.class);
    }
}
