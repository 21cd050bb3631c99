package com.helpdesk.platform.knownfix;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.helpdesk.search.KnownFixes;
import com.helpdesk.search.SearchUnavailableException;

/**
 * Puts the index template and alias in place when the application starts. Elasticsearch may be down
 * then: the platform starts anyway (tickets do not need search), and the first write after it
 * returns prepares the index before writing.
 */
@Component
class KnownFixIndexSetup {

    private static final Logger log = LoggerFactory.getLogger(KnownFixIndexSetup.class);

    private final KnownFixes index;
    private volatile boolean prepared;

    KnownFixIndexSetup(KnownFixes index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareAtStart() {
        try {
            ensurePrepared();
        }
        catch (SearchUnavailableException e) {
            log.warn("Known-fix index not prepared at start, will be before the first write: {}", e.getMessage());
        }
    }

    /** Idempotent and cheap once done; throws while Elasticsearch is unavailable. */
    void ensurePrepared() {
        if (!prepared) {
            index.prepare();
            prepared = true;
        }
    }
}
