package com.helpdesk.platform.knownfix;

import java.util.List;

import com.helpdesk.platform.ticket.TicketResolved;
import com.helpdesk.search.KnownFix;

/**
 * Where resolved tickets go to become searchable known fixes. The outbox delivers each resolution
 * at least once (again after a failure or a restart if a delivery did not complete), so an
 * implementation must be idempotent: one document per tenant and ticket, a later resolution of a
 * reopened ticket replacing the earlier one. Throwing leaves the publication incomplete, to be
 * delivered again.
 */
public interface KnownFixIndex {

    void add(TicketResolved resolved);

    /** Adds or replaces known fixes that came from elsewhere (imports, reindexing). */
    void addAll(List<KnownFix> fixes);
}
