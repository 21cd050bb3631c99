package com.helpdesk.platform.knownfix;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.search.KnownFixHits;
import com.helpdesk.search.KnownFixQuery;

/**
 * Known-fix search for agents on the phone: by the caller's words (Chinese or English, typos
 * forgiven), optionally narrowed to a product line or model, and "similar fixes" for a ticket or a
 * description. Always and only the caller's tenant, from the token.
 */
@RestController
@RequestMapping("/api/known-fixes")
class KnownFixController {

    private final KnownFixSearch search;

    KnownFixController(KnownFixSearch search) {
        this.search = search;
    }

    /**
     * @param deviceModel the caller's device model, when known: its fixes come first, the same fault on
     *                    other models right after
     */
    @GetMapping
    KnownFixHits search(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String q,
            @RequestParam(required = false) String productLine, @RequestParam(required = false) String model,
            @RequestParam(required = false) String deviceModel, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size) {
        return search.search(member.tenantId(), new SearchRequest(q, productLine, model, deviceModel, page, size));
    }

    /** The same search with the text in a body: for descriptions too long for a URL (an IVR transcript). */
    @PostMapping("/search")
    KnownFixHits searchByBody(@AuthenticationPrincipal StaffMember member, @RequestBody SearchRequest request) {
        return search.search(member.tenantId(), request);
    }

    /** Fixes like this ticket's problem (other than the ticket's own), or like a free description. */
    @GetMapping("/similar")
    KnownFixHits similar(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) UUID ticket,
            @RequestParam(required = false) String text, @RequestParam(defaultValue = "5") int size) {
        return search.similar(member.tenantId(), ticket, text, size);
    }

    /** A search as a body; {@code q} as in the query string. */
    record SearchRequest(String q, String productLine, String model, String deviceModel, Integer page,
            Integer size) {

        KnownFixQuery toQuery(String tenantId) {
            return new KnownFixQuery(tenantId, q, productLine, model, deviceModel, page == null ? 0 : page,
                    size == null ? 10 : size);
        }
    }
}
