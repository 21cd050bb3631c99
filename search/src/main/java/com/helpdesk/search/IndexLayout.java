package com.helpdesk.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;

/**
 * The index family of one prefix: an index template that carries the mapping and its version,
 * versioned indices {@code <prefix>-known-fixes-v<version>-<n>}, and the alias
 * {@code <prefix>-known-fixes} that every read and write goes through. A mapping change raises
 * {@link #MAPPING_VERSION}; the rebuild fills a new index from PostgreSQL and moves the alias in one
 * atomic step, so searches never see an empty or half-built index.
 */
final class IndexLayout {

    /** Raise on every change of the template below; indices of an older version need a rebuild. */
    static final int MAPPING_VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(IndexLayout.class);

    private final ElasticsearchClient client;
    private final KnownFixSettings settings;
    private final Clock clock;

    IndexLayout(ElasticsearchClient client, KnownFixSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    String alias() {
        return settings.indexPrefix() + "-known-fixes";
    }

    private String indexBase() {
        return alias() + "-v" + MAPPING_VERSION + "-";
    }

    /**
     * Puts the template (always: it is the code's current mapping) and, when the alias does not exist
     * yet, creates the first index behind it. Nodes starting together race on one fixed name, so
     * exactly one first index is created and the alias never points at two.
     */
    void prepare() throws IOException {
        client.indices().putIndexTemplate(t -> t.name(alias()).withJson(new StringReader(template())));
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            String first = indexBase() + "0";
            try {
                client.indices().create(c -> c.index(first).aliases(alias(), a -> a.isWriteIndex(true)));
                log.info("Created the known-fix index {} behind the alias {}", first, alias());
            }
            catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        currentIndex().filter(index -> mappingVersion(index) < MAPPING_VERSION).ifPresent(index -> log.warn(
                "The known-fix index {} has mapping version {} < {}: run the known-fix rebuild", index,
                mappingVersion(index), MAPPING_VERSION));
    }

    /** Whether the alias points at an index of the code's mapping version. */
    boolean current() throws IOException {
        return currentIndex().map(index -> mappingVersion(index) >= MAPPING_VERSION).orElse(false);
    }

    /** Creates an index for a rebuild, outside the alias. */
    String createNext() throws IOException {
        String index = indexBase() + clock.millis();
        client.indices().create(c -> c.index(index));
        return index;
    }

    /** Points the alias at {@code index} alone, atomically, then deletes the indices it left. */
    void publish(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        List<String> old = aliasedIndices();
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(index).alias(alias()).isWriteIndex(true)));
            old.stream().filter(o -> !o.equals(index))
                .forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias()))));
            return u;
        });
        for (String o : old) {
            if (!o.equals(index)) {
                client.indices().delete(d -> d.index(o));
            }
        }
        log.info("The alias {} now points at {} (was {})", alias(), index, old);
    }

    /** Removes the template, the alias and every index of this prefix: for tests and teardown. */
    void drop() throws IOException {
        // Deleting by wildcard is refused (action.destructive_requires_name): name each index.
        List<String> indices = List.copyOf(client.indices().get(g -> g.index(alias() + "-v*")).indices().keySet());
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
        if (client.indices().existsIndexTemplate(t -> t.name(alias())).value()) {
            client.indices().deleteIndexTemplate(t -> t.name(alias()));
        }
    }

    private Optional<String> currentIndex() throws IOException {
        return aliasedIndices().stream().findFirst();
    }

    private List<String> aliasedIndices() throws IOException {
        try {
            GetAliasResponse response = client.indices().getAlias(a -> a.name(alias()));
            return List.copyOf(response.aliases().keySet());
        }
        catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    private int mappingVersion(String index) {
        try {
            Map<String, JsonData> meta = client.indices().getMapping(m -> m.index(index)).get(index).mappings().meta();
            JsonData version = meta == null ? null : meta.get("mappingVersion");
            return version == null ? 0 : version.to(Integer.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String template() {
        try (InputStream in = IndexLayout.class.getResourceAsStream("known-fix-template.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.replace("${indexPattern}", indexBase().replace("-v" + MAPPING_VERSION + "-", "-v") + "*")
                .replace("${mappingVersion}", Integer.toString(MAPPING_VERSION))
                .replace("${shards}", Integer.toString(settings.shards()))
                .replace("${replicas}", Integer.toString(settings.replicas()))
                .replace("${textAnalyzer}", settings.textAnalyzer())
                .replace("${bigramAnalyzer}", settings.bigramAnalyzer())
                .replace("${dimensions}", Integer.toString(TextEncoder.DIMENSIONS));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
