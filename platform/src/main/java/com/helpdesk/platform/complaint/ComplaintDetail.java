package com.helpdesk.platform.complaint;

import java.util.List;
import java.util.UUID;

/** A complaint with its escalation chain, the tickets and staff it concerns, and its notes. */
record ComplaintDetail(ComplaintView complaint, List<ComplaintLedger.EscalationStep> escalations,
        List<UUID> ticketIds, List<UUID> staffIds, List<ComplaintLedger.Note> notes) {
}
