package com.helpdesk.platform.board;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;

/**
 * The agents panel of the supervisor board: the caller's own tenant's agents only. Changes follow
 * on {@code /topic/tenants/{slug}/agents}.
 */
@RestController
class AgentBoardController {

    private final AgentBoard board;

    AgentBoardController(AgentBoard board) {
        this.board = board;
    }

    @GetMapping("/api/board/agents")
    @PreAuthorize("hasAnyRole('supervisor', 'tenant-admin')")
    List<AgentState> agents(@AuthenticationPrincipal StaffMember member) {
        return board.agents(member.tenantId());
    }
}
