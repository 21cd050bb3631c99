package com.helpdesk.platform.knownfix;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.platform.web.ProblemTypes;
import com.helpdesk.search.InvalidSearchException;
import com.helpdesk.search.KnownFixHits;
import com.helpdesk.search.KnownFixQuery;
import com.helpdesk.search.KnownFixes;
import com.helpdesk.search.SearchUnavailableException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * The searches agents run, bound to their tenant. The search module's refusals become the API's
 * validation problems (400 with the field), an unavailable cluster a 503: never a 500.
 */
@Service
class KnownFixSearch {

    private static final int MAX_SIMILAR = 20;

    private final KnownFixes index;
    private final KnownFixSource source;

    KnownFixSearch(KnownFixes index, KnownFixSource source) {
        this.index = index;
        this.source = source;
    }

    KnownFixHits search(TenantId tenant, KnownFixController.SearchRequest request) {
        return guarded(() -> index.search(request.toQuery(tenant.value().toString())));
    }

    KnownFixHits similar(TenantId tenant, UUID ticket, String text, int size) {
        Violations violations = Violations.collect();
        if ((ticket == null) == (text == null || text.isBlank())) {
            violations.add("ticket", "give either a ticket or a text");
        }
        if (size < 1 || size > MAX_SIMILAR) {
            violations.add("size", "must be between 1 and " + MAX_SIMILAR);
        }
        violations.throwIfAny();
        if (ticket != null) {
            KnownFixSource.TicketProblem problem = source.ticket(tenant, ticket)
                .orElseThrow(() -> new NotFoundException("Ticket", ticket));
            return guarded(() -> index.similar(tenant.value().toString(), problem.problem(), problem.model(),
                    ElasticsearchKnownFixIndex.ticketFixId(ticket), size));
        }
        return guarded(() -> index.similar(tenant.value().toString(), text, "", null, size));
    }

    private static KnownFixHits guarded(Supplier<KnownFixHits> search) {
        try {
            return search.get();
        }
        catch (InvalidSearchException e) {
            Violations violations = Violations.collect();
            e.problems().forEach(p -> violations.add(p.field(), p.message()));
            violations.throwIfAny();
            throw e;
        }
        catch (SearchUnavailableException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Known-fix search is briefly unavailable. Try again in a moment.");
            problem.setType(URI.create(ProblemTypes.UNAVAILABLE));
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
    }
}
