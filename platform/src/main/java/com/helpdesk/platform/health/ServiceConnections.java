package com.helpdesk.platform.health;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

import com.helpdesk.platform.HelpdeskProperties;
import com.helpdesk.search.SearchCluster;

/** Connections to Redis and Elasticsearch, shared by every feature that needs them. */
@Configuration(proxyBeanMethods = false)
class ServiceConnections {

    private static final int MAX_CONNECTIONS = 64;

    @Bean(destroyMethod = "close")
    JedisPooled redis(HelpdeskProperties properties) {
        HelpdeskProperties.Redis redis = properties.redis();
        int timeoutMillis = (int) redis.timeout().toMillis();
        // Every request takes its rate-limit buckets from Redis, so the pool must hold the requests
        // in flight (commons-pool's default is 8, waiting for ever); a request that cannot get a
        // connection within the timeout fails like one whose Redis does not answer.
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(MAX_CONNECTIONS);
        pool.setMaxIdle(MAX_CONNECTIONS);
        pool.setMaxWait(redis.timeout());
        return new JedisPooled(new HostAndPort(redis.host(), redis.port()),
                DefaultJedisClientConfig.builder().connectionTimeoutMillis(timeoutMillis)
                    .socketTimeoutMillis(timeoutMillis).build(), pool);
    }

    @Bean(destroyMethod = "close")
    SearchCluster searchCluster(HelpdeskProperties properties) {
        return SearchCluster.connect(properties.elasticsearch().url());
    }
}
