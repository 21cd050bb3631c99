package com.helpdesk.platform.knownfix;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.ticket.TicketResolved;

/**
 * Carries each resolution and each import to the known-fix index. An application module listener
 * runs after the publishing transaction committed, asynchronously (the agent's request does not
 * wait for the index), and its publication in the registry is marked complete only when it returns,
 * so a failure leaves it to {@link KnownFixRedelivery} and a crash to the restart. The listeners run
 * outside a transaction: they wait for a bulk ({@link KnownFixBulks}) and must not hold a database
 * connection meanwhile (the import's read opens its own).
 */
@Component
class KnownFixIndexer {

    private final KnownFixIndex index;
    private final KnownFixSource source;

    KnownFixIndexer(KnownFixIndex index, KnownFixSource source) {
        this.index = index;
        this.source = source;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketResolved resolved) {
        index.add(resolved);
    }

    /** Read back from PostgreSQL: the event carries ids only, and the rows may have changed since. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(KnownFixesImported imported) {
        index.addAll(source.imported(imported.tenantId(), imported.ids()));
    }
}
