package com.helpdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared test data: the known-fix corpus (a copy lives in {@code infra/demo}) and the dev
 * queries with their relevance labels (read from {@code ../shared/data} beside the repository when
 * it is there, so that other query sets can be dropped in, else from the copy in the test resources).
 */
final class Corpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {
    }

    record LabelledQuery(String id, String tenant, String text, String model, List<String> relevant,
            String language) {
    }

    static Path fixesFile() {
        return firstExisting(System.getProperty("knownfix.corpus"), "../infra/demo/known-fixes.jsonl",
                "infra/demo/known-fixes.jsonl");
    }

    static Path queriesFile() {
        return firstExisting(System.getProperty("knownfix.queries"), "../../shared/data/queries-dev.jsonl",
                "../shared/data/queries-dev.jsonl", "src/test/resources/relevance/queries-dev.jsonl",
                "search/src/test/resources/relevance/queries-dev.jsonl");
    }

    static List<KnownFix> fixes(Path file) {
        return lines(file).stream().map(Corpus::fix).toList();
    }

    static List<LabelledQuery> queries(Path file) {
        return lines(file).stream().map(q -> new LabelledQuery(q.get("id").asString(), q.get("tenant").asString(),
                q.get("query").asString(), q.get("model").isNull() ? "" : q.get("model").asString(),
                q.get("relevant").valueStream().map(JsonNode::asString).toList(), q.get("language").asString()))
            .toList();
    }

    private static KnownFix fix(JsonNode f) {
        return new KnownFix(f.get("tenant").asString(), f.get("id").asString(), f.get("productLine").asString(),
                f.get("model").asString(), f.get("title").asString(), f.get("symptom").asString(),
                f.get("cause").asString(), f.get("fix").asString(),
                f.get("parts").valueStream().map(JsonNode::asString).toList(), f.get("severity").asInt(),
                LocalDate.parse(f.get("resolvedAt").asString()).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static List<JsonNode> lines(Path file) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path firstExisting(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("None of these files exists: " + String.join(", ", candidates));
    }
}
