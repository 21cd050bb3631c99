package com.helpdesk.platform.health;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

import com.helpdesk.platform.HelpdeskProperties;
import com.helpdesk.search.SearchCluster;

/** Connections to Redis and Elasticsearch, shared by every feature that needs them. */
@Configuration(proxyBeanMethods = false)
class ServiceConnections {

    @Bean(destroyMethod = "close")
    JedisPooled redis(HelpdeskProperties properties) {
        HelpdeskProperties.Redis redis = properties.redis();
        int timeoutMillis = (int) redis.timeout().toMillis();
        return new JedisPooled(new HostAndPort(redis.host(), redis.port()),
                DefaultJedisClientConfig.builder().connectionTimeoutMillis(timeoutMillis)
                    .socketTimeoutMillis(timeoutMillis).build());
    }

    @Bean(destroyMethod = "close")
    SearchCluster searchCluster(HelpdeskProperties properties) {
        return SearchCluster.connect(properties.elasticsearch().url());
    }
}
