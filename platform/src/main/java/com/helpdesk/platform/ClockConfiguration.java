package com.helpdesk.platform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, so time-dependent rules can be tested at chosen instants. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        // Microsecond ticks: what PostgreSQL stores, so an instant reads back exactly as it was written.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
