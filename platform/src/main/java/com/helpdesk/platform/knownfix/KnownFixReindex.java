package com.helpdesk.platform.knownfix;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.helpdesk.search.IndexRebuild;
import com.helpdesk.search.KnownFix;
import com.helpdesk.search.KnownFixes;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Rebuilds the index from PostgreSQL. For one tenant, in place: every fix is written again and
 * documents PostgreSQL no longer has are removed. For all tenants, beside the serving index: a new
 * index is filled, the alias moves to it atomically (searches answer throughout, from the old index
 * until the switch), and what was written meanwhile is replayed into the new one.
 */
@Service
class KnownFixReindex {

    private static final Logger log = LoggerFactory.getLogger(KnownFixReindex.class);
    private static final int PAGE = 200;
    /** Resolutions committed around the switch may carry a timestamp a little before it. */
    private static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);

    private final KnownFixSource source;
    private final KnownFixes index;
    private final KnownFixIndexSetup setup;
    private final Clock clock;

    KnownFixReindex(KnownFixSource source, KnownFixes index, KnownFixIndexSetup setup, Clock clock) {
        this.source = source;
        this.index = index;
        this.setup = setup;
        this.clock = clock;
    }

    record Report(int tenants, int indexed, int removed) {
    }

    Report tenant(TenantId tenant) {
        setup.ensurePrepared();
        Set<String> before = index.ids(tenant.value().toString());
        Set<String> written = new HashSet<>();
        readAll(tenant, batch -> {
            index.index(batch);
            batch.forEach(f -> written.add(f.id()));
        });
        Set<String> stale = new HashSet<>(before);
        stale.removeAll(written);
        index.remove(tenant.value().toString(), stale);
        // An operator runs this and looks: show the result now, not after the next refresh.
        index.refresh();
        log.info("Reindexed tenant {}: {} known fixes written, {} removed", tenant, written.size(), stale.size());
        return new Report(1, written.size(), stale.size());
    }

    Report all() {
        setup.ensurePrepared();
        Instant started = clock.instant();
        IndexRebuild rebuild = index.rebuild();
        List<TenantId> tenants = source.tenants();
        int[] count = { 0 };
        for (TenantId tenant : tenants) {
            readAll(tenant, batch -> {
                rebuild.add(batch);
                count[0] += batch.size();
            });
        }
        rebuild.publish();
        // Writes of the relay went to the old index until the switch: replay them into the new one.
        for (TenantId tenant : tenants) {
            List<KnownFix> changed = source.changedSince(tenant, started.minus(REPLAY_MARGIN));
            for (int from = 0; from < changed.size(); from += PAGE) {
                index.index(changed.subList(from, Math.min(changed.size(), from + PAGE)));
            }
        }
        log.info("Rebuilt the known-fix index {} from PostgreSQL: {} tenants, {} known fixes", rebuild.index(),
                tenants.size(), count[0]);
        return new Report(tenants.size(), count[0], 0);
    }

    private void readAll(TenantId tenant, Consumer<List<KnownFix>> batches) {
        UUID afterTicket = null;
        for (List<KnownFix> page = source.tickets(tenant, null, PAGE); !page.isEmpty();
                page = source.tickets(tenant, afterTicket, PAGE)) {
            batches.accept(page);
            afterTicket = UUID.fromString(page.getLast().id().substring("ticket-".length()));
        }
        String afterImport = null;
        for (List<KnownFix> page = source.imports(tenant, null, PAGE); !page.isEmpty();
                page = source.imports(tenant, afterImport, PAGE)) {
            batches.accept(page);
            afterImport = page.getLast().id();
        }
    }
}
