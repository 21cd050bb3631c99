package com.helpdesk.platform.board;

import java.time.Instant;
import java.util.UUID;

/**
 * One agent on the supervisor board, as {@code GET /api/board/agents} lists them and
 * {@code /topic/tenants/{slug}/agents} pushes each change.
 *
 * @param state  offline (desk closed, phone idle), idle, ringing or talking
 * @param since  when the agent entered that state; null when offline and never heard of
 * @param callId the call ringing or being talked on ({@code <server>:<Linkedid>}), else null
 */
record AgentState(UUID userId, String username, String name, String extension, String state, Instant since,
        String callId) {
}
