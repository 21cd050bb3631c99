package com.helpdesk.platform.knownfix;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.ticket.TicketResolved;

/**
 * Delivers again the publications whose indexing failed (Elasticsearch down, overloaded or
 * refusing), with exponential back-off per publication. The registry only republishes at a
 * restart by itself; an outage of minutes must drain without one.
 *
 * <p>Why the registry and not an outbox table of our own: the resolving transaction already writes
 * the publication (that is Modulith's outbox), so a second table would be a second queue to keep.
 * Several nodes may run this at once: the registry claims each publication with a conditional
 * update ({@code status != 'RESUBMITTED'}), so a publication is handed to one node only. Each
 * publication indexes one fix (a bulk of one), which a help-desk's rate of resolutions allows.
 */
@Component
class KnownFixRedelivery {

    private final IncompleteEventPublications publications;
    private final KnownFixSearchProperties.Redelivery settings;
    private final Clock clock;

    KnownFixRedelivery(IncompleteEventPublications publications, KnownFixSearchProperties properties, Clock clock) {
        this.publications = publications;
        this.settings = properties.redelivery();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${helpdesk.search.redelivery.every}",
            initialDelayString = "${helpdesk.search.redelivery.every}")
    void redeliverFailed() {
        Instant now = clock.instant();
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
            .withMinAge(settings.firstDelay())
            .withBatchSize(settings.batch())
            .withMaxInFlight(settings.batch())
            .withFilter(p -> ours(p) && due(p, now)));
    }

    private static boolean ours(EventPublication publication) {
        return publication.getEvent() instanceof TicketResolved || publication.getEvent() instanceof KnownFixesImported;
    }

    /** Due once the back-off for its number of attempts has passed since the last one. */
    boolean due(EventPublication publication, Instant now) {
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(backoff(publication.getCompletionAttempts())).isAfter(now);
    }

    Duration backoff(int attempts) {
        Duration delay = settings.firstDelay();
        for (int i = 1; i < attempts && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }
}
