package com.helpdesk.platform.knownfix;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.helpdesk.search.KnownFixes;
import com.helpdesk.search.SearchCluster;
import com.helpdesk.search.TextEncoder;

/** The search module's known-fix index, wired once for the whole application. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KnownFixConfiguration {

    /** One model per application: it holds ~100 MB and is thread-safe. */
    @Bean
    TextEncoder textEncoder() {
        return TextEncoder.load();
    }

    @Bean
    KnownFixes knownFixes(SearchCluster cluster, KnownFixSearchProperties properties, TextEncoder encoder) {
        return cluster.knownFixes(properties.settings(), encoder);
    }
}
