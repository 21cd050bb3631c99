package com.helpdesk.platform.knownfix;

import java.util.List;
import java.util.Objects;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Known fixes were imported into {@code known_fix_imports}; published in the importing transaction
 * so that the outbox carries them to the index like resolutions.
 */
record KnownFixesImported(TenantId tenantId, List<String> ids) {

    KnownFixesImported {
        Objects.requireNonNull(tenantId, "tenantId");
        ids = List.copyOf(ids);
    }
}
