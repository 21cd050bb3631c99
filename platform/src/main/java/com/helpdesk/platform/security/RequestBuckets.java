package com.helpdesk.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import redis.clients.jedis.JedisPooled;

/** The token buckets in Redis, one per key; a key not touched for a while expires by itself. */
@Component
class RequestBuckets {

    private final ProxyManager<byte[]> buckets;
    private final String prefix;

    RequestBuckets(JedisPooled redis, RateLimitProperties properties) {
        this.buckets = Bucket4jJedis.casBasedBuilder(redis)
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
            .build();
        this.prefix = properties.keyPrefix();
    }

    /** Takes one request from the bucket {@code key}; the probe says whether it was there and when the next will be. */
    ConsumptionProbe take(String key, RateLimitProperties.Limit limit) {
        Supplier<BucketConfiguration> configuration = () -> BucketConfiguration.builder()
            .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.requests(), limit.per()))
            .build();
        return buckets.builder().build((prefix + key).getBytes(StandardCharsets.UTF_8), configuration)
            .tryConsumeAndReturnRemaining(1);
    }
}
