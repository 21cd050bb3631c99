package com.helpdesk.platform.complaint;

import java.util.UUID;

/** What a complaint list is narrowed to; null means any. */
record ComplaintFilter(ComplaintStatus status, String tier, Boolean breached, UUID customer, UUID ticket) {
}
