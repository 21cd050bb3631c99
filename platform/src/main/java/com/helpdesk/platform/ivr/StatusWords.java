package com.helpdesk.platform.ivr;

import java.util.Map;

import com.helpdesk.platform.ticket.TicketStatus;

/** A ticket's status as a caller is told it, zh or en: what is happening, not the code. */
final class StatusWords {

    private static final Map<TicketStatus, String[]> WORDS = Map.of(
            TicketStatus.NEW, new String[] { "已受理，等待工程师联系您", "registered; an engineer will contact you" },
            TicketStatus.ACKNOWLEDGED, new String[] { "工程师正在处理", "being handled by an engineer" },
            TicketStatus.DISPATCHED, new String[] { "已派往当地服务网点", "passed to a service partner near you" },
            TicketStatus.ON_SITE, new String[] { "工程师已到达现场", "an engineer is on site" },
            TicketStatus.RESTORED, new String[] { "服务已恢复，正在彻底修复", "service is restored; the final fix is under way" },
            TicketStatus.RESOLVED, new String[] { "已解决", "resolved" },
            TicketStatus.CLOSED, new String[] { "已关闭", "closed" },
            TicketStatus.WAITING_FOR_CUSTOMER, new String[] { "正在等待您的回复", "waiting for your reply" },
            TicketStatus.REOPENED, new String[] { "已重新打开，工程师将联系您", "reopened; an engineer will contact you" });

    private StatusWords() {
    }

    /** "工单100123：工程师已到达现场" / "Ticket 100123: an engineer is on site". */
    static String of(long number, TicketStatus status, String language) {
        String[] words = WORDS.get(status);
        return "zh".equals(language) ? "工单" + number + "：" + words[0] : "Ticket " + number + ": " + words[1];
    }
}
