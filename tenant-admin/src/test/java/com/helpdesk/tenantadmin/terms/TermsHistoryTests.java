package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TermsHistoryTests {

    private final ServiceTerms draft = DemoTerms.load("sunhome");
    private final ServiceTerms first = draft.published(1, Instant.parse("2026-01-01T00:00:00Z"));
    private final ServiceTerms second = draft.published(2, Instant.parse("2026-07-01T00:00:00Z"));

    @Test
    void aTicketIsMeasuredAgainstTheVersionInForceWhenReported() {
        TermsHistory history = new TermsHistory(List.of(first, second));
        assertThat(history.inForceAt(Instant.parse("2025-12-31T23:59:59Z"))).isEmpty();
        assertThat(history.inForceAt(Instant.parse("2026-06-30T12:00:00Z"))).hasValue(first);
        assertThat(history.inForceAt(Instant.parse("2026-07-01T00:00:00Z"))).hasValue(second);
    }

    @Test
    void versionsIncreaseAndOnlyPublishedTermsBelong() {
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> new TermsHistory(List.of(second, first, draft)));
        assertThat(problem.violations()).extracting(Violation::field)
                .containsExactly("versions[1].version", "versions[1].effectiveFrom", "versions[2].version");
    }
}
