package com.helpdesk.platform.knownfix;

import java.util.List;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.ticket.TicketResolved;
import com.helpdesk.search.KnownFix;

/**
 * The known-fix index in Elasticsearch. A ticket's fix is stored under {@code ticket-<id>}, so a
 * redelivery or a later resolution of the reopened ticket replaces it. Writes join the bulks of
 * {@link KnownFixBulks}, together with what other deliveries write at the same time.
 */
@Component
class ElasticsearchKnownFixIndex implements KnownFixIndex {

    private final KnownFixBulks bulks;

    ElasticsearchKnownFixIndex(KnownFixBulks bulks) {
        this.bulks = bulks;
    }

    @Override
    public void add(TicketResolved resolved) {
        addAll(List.of(fromTicket(resolved)));
    }

    @Override
    public void addAll(List<KnownFix> fixes) {
        bulks.write(fixes);
    }

    static String ticketFixId(java.util.UUID ticketId) {
        return "ticket-" + ticketId;
    }

    /** The caller's words at intake are the symptom; a ticket has no title of its own. */
    static KnownFix fromTicket(TicketResolved r) {
        return new KnownFix(r.tenantId().value().toString(), ticketFixId(r.ticketId()), r.productLine(), r.model(), "",
                r.problem(), r.cause(), r.fix(), r.parts().stream().map(TicketResolved.Part::name).toList(),
                r.severity(), r.resolvedAt());
    }
}
