package com.helpdesk.tenantadmin.terms;

import java.time.Instant;

/**
 * "If a fault of this level were reported at this instant from this region, when would each
 * promise fall due?" Draft terms may be sent along to preview an edit before publishing it.
 */
record DeadlinePreview(ServiceTerms terms, Integer level, String regionCode, Instant reportedAt) {
}
