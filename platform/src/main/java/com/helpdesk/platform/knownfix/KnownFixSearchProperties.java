package com.helpdesk.platform.knownfix;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import com.helpdesk.search.KnownFixSettings;

/**
 * The known-fix search: how its index is named and analysed (see {@link KnownFixSettings}), and how
 * resolutions that could not be indexed are delivered again.
 *
 * @param seedDemo with the demo profile, import the demo corpus into the demo tenants at start
 *                 when they have none yet
 */
@Validated
@ConfigurationProperties("helpdesk.search")
record KnownFixSearchProperties(@NotBlank String indexPrefix, @NotBlank String textAnalyzer,
        @NotBlank String bigramAnalyzer, @Min(1) int shards, @Min(0) int replicas, @Min(10) @Max(1000) int candidates,
        @Valid @NotNull Redelivery redelivery, @Valid @NotNull Indexing indexing, boolean seedDemo) {

    KnownFixSettings settings() {
        return new KnownFixSettings(indexPrefix, textAnalyzer, bigramAnalyzer, shards, replicas, candidates);
    }

    /**
     * A failed delivery is tried again after {@code firstDelay}, then after twice as long each time,
     * up to {@code maxDelay}; the registry is looked at every {@code every}.
     */
    record Redelivery(@NotNull Duration every, @NotNull Duration firstDelay, @NotNull Duration maxDelay,
            @Min(1) int batch) {
    }

    /**
     * Deliveries of the outbox are written in bulks of up to {@code bulkSize} fixes, at most
     * {@code senders} bulks at a time; a bulk waits up to {@code linger} after its first fix for more
     * (bigger bulks embed and write faster per fix).
     */
    record Indexing(@Min(1) @Max(10_000) int bulkSize, @NotNull Duration linger, @Min(1) @Max(16) int senders) {
    }
}
