package com.helpdesk.search;

import java.io.IOException;
import java.util.List;

/**
 * A new index being filled beside the one that serves, for a mapping change or a full reindex.
 * Searches and writes keep going to the alias until {@link #publish()} moves it here in one atomic
 * step. Writes that reached the old index meanwhile must be written again afterwards (the caller
 * replays what changed since {@code startedAt}).
 */
public final class IndexRebuild {

    private final IndexLayout layout;
    private final FixWriter writer;
    private final String index;

    IndexRebuild(IndexLayout layout, FixWriter writer, String index) {
        this.layout = layout;
        this.writer = writer;
        this.index = index;
    }

    public void add(List<KnownFix> fixes) {
        KnownFixes.io(() -> writer.index(index, fixes));
    }

    /** Makes the new index the one behind the alias, and deletes the old ones. */
    public void publish() {
        KnownFixes.io(() -> layout.publish(index));
    }

    public String index() {
        return index;
    }
}
