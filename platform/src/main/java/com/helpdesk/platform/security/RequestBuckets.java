package com.helpdesk.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import redis.clients.jedis.JedisPooled;

/**
 * The token buckets in Redis, one per key; a key not touched for a while expires by itself.
 * Buckets are updated by compare-and-swap, so many requests of one tenant at once would retry
 * against each other on the tenant's key: the tenants' buckets are kept per node and batch the
 * requests that arrive while one update is on its way into the next (Bucket4j's batching), one
 * Redis round trip for many requests. A user's or an address's bucket sees few requests at a time.
 */
@Component
class RequestBuckets {

    private final ProxyManager<byte[]> buckets;
    private final String prefix;
    private final Map<String, Bucket> shared = new ConcurrentHashMap<>();

    RequestBuckets(JedisPooled redis, RateLimitProperties properties) {
        this.buckets = Bucket4jJedis.casBasedBuilder(redis)
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
            .build();
        this.prefix = properties.keyPrefix();
    }

    /** Takes one request from the bucket {@code key}; the probe says whether it was there and when the next will be. */
    ConsumptionProbe take(String key, RateLimitProperties.Limit limit) {
        return buckets.builder().build(redisKey(key), configuration(limit)).tryConsumeAndReturnRemaining(1);
    }

    /** The same for a bucket many requests share at once (a tenant's): batched, and kept for the next request. */
    ConsumptionProbe takeShared(String key, RateLimitProperties.Limit limit) {
        return shared.computeIfAbsent(key, k -> buckets.builder().withOptimization(Optimizations.batching())
            .build(redisKey(k), configuration(limit))).tryConsumeAndReturnRemaining(1);
    }

    private byte[] redisKey(String key) {
        return (prefix + key).getBytes(StandardCharsets.UTF_8);
    }

    private static Supplier<BucketConfiguration> configuration(RateLimitProperties.Limit limit) {
        return () -> BucketConfiguration.builder()
            .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.requests(), limit.per()))
            .build();
    }
}
