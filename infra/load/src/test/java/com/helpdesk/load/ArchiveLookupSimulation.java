package com.helpdesk.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What an agent's desktop does when a call rings: find the caller by number, then open the
 * caller's archive. Random customers of the 1,000,000 that load-customers.sql loaded, so most
 * lookups miss PostgreSQL's small shared buffers and few repeat.
 *
 * <p>Target (the issue): the lookup by phone answers within 5 ms at the 99th percentile.
 *
 * <p>Parameters (system properties): {@code rate} new callers per second (default 100; each makes
 * two requests), {@code duration} seconds measured (120), {@code warmup} seconds before (60),
 * {@code customers} loaded (1000000), {@code archive=false} for the lookup alone, {@code baseUrl};
 * see {@link LoadConfig}.
 */
public class ArchiveLookupSimulation extends Simulation {

    static final String LOOKUP = "lookup by phone";
    static final String ARCHIVE = "caller archive";

    private final BearerToken token = BearerToken.fromConfig();

    // Connections are shared by the virtual users as the agents' browsers keep theirs open: a
    // new TCP connection per simulated call would measure the handshake, not the lookup.
    private final HttpProtocolBuilder protocol = http.baseUrl(LoadConfig.BASE_URL)
        .acceptHeader("application/json")
        .authorizationHeader(session -> token.header())
        .shareConnections();

    /** One call; the warm-up's requests carry a prefix so that the assertions leave them out. */
    private static ChainBuilder call(String prefix, String phase) {
        ChainBuilder lookup = feed(BenchCustomers.random(LoadConfig.CUSTOMERS))
            .exec(http(prefix + LOOKUP).get("/api/customers")
                .header(LoadConfig.PHASE_HEADER, phase)
                .queryParam("phone", "#{phone}")
                .check(status().is(200))
                // the loaded number belongs to exactly this customer: a wrong answer is a failure
                .check(jmesPath("items[0].id").isEL("#{customerId}")));
        if (!LoadConfig.ARCHIVE) {
            return lookup;
        }
        return lookup.exec(http(prefix + ARCHIVE).get("/api/customers/#{customerId}/archive")
            .header(LoadConfig.PHASE_HEADER, phase)
            .check(status().is(200))
            .check(jmesPath("customer.id").isEL("#{customerId}")));
    }

    {
        double rate = LoadConfig.rate(100);
        Duration duration = LoadConfig.duration(120);
        Duration warmup = LoadConfig.warmup(60);

        ScenarioBuilder warmingUp = scenario("warm-up").exec(call("warm-up: ", "warm-up"));
        ScenarioBuilder calls = scenario("calls").exec(call("", "measured"));

        // The warm-up ramps up first: a cold JVM that gets the full rate at once falls behind while
        // it compiles, and the requests queued meanwhile outlive young collections.
        setUp(warmingUp.injectOpen(rampUsersPerSec(1).to(rate).during(warmup.dividedBy(2)),
                    constantUsersPerSec(rate).during(warmup.dividedBy(2)))
                .andThen(calls.injectOpen(constantUsersPerSec(rate).during(duration))))
            .protocols(protocol)
            .assertions(
                details(LOOKUP).responseTime().percentile(99.0).lt(5),
                details(LOOKUP).failedRequests().count().is(0L),
                global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        token.close();
    }
}
