package com.helpdesk.platform.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.ticket.ResolutionRequest.Cost;
import com.helpdesk.platform.ticket.ResolutionRequest.PartLine;
import com.helpdesk.platform.ticket.ResolutionRequest.SignOff;
import com.helpdesk.tenantadmin.Violation;
import com.helpdesk.tenantadmin.Violations;

/** The checks of a resolution request that need no ticket, each reported at its field's path. */
class ResolutionRequestTests {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void aCompleteRequestPassesWithItsTextStrippedAndTheSignOffDatedNow() {
        ResolutionRequest request = new ResolutionRequest(3, "  电池老化 battery worn ", "更换电池 replaced battery",
                List.of(new PartLine("BAT-01", "battery", 1, new Cost(new BigDecimal("150.00"), "CNY"), "整机")), 45,
                new SignOff("王先生", null), null, true, "  E04  No  Display ");
        Violations violations = Violations.collect();

        ResolutionRequest.Checked checked = request.check(violations, NOW);

        assertThat(violations.list()).isEmpty();
        assertThat(checked.cause()).isEqualTo("电池老化 battery worn");
        assertThat(checked.signOff().at()).isEqualTo(NOW);
        assertThat(checked.parts().getFirst().unitCost().currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(checked.consent()).isTrue();
        assertThat(checked.faultCode()).isEqualTo("e04 no display");
    }

    @Test
    void everyBrokenFieldIsReportedAtItsPath() {
        ResolutionRequest request = new ResolutionRequest(null, " ", "x".repeat(4001), Arrays.asList(
                new PartLine("P1", "ok", 1, new Cost(new BigDecimal("1.005"), "cny"), null),
                new PartLine("", "a\u0000b", 0, null, null),
                null),
                -1, new SignOff(" ", NOW.plusSeconds(3600)), "y".repeat(20_001), null, "f".repeat(65));
        Violations violations = Violations.collect();

        request.check(violations, NOW);

        assertThat(violations.list()).extracting(Violation::field).containsExactlyInAnyOrder("version", "cause",
                "fix", "analysisReport", "labourMinutes", "parts[0].unitCost.amount", "parts[0].unitCost.currency",
                "parts[1].partNumber", "parts[1].name", "parts[1].quantity", "parts[1].unitCost", "parts[2]",
                "signOff.name", "signOff.at", "faultCode");
    }

    @Test
    void costsAreBoundedSoTheChargeFitsInCents() {
        ResolutionRequest request = new ResolutionRequest(0, "c", "f", List.of(new PartLine("P", "p",
                ResolutionRequest.MAX_QUANTITY + 1, new Cost(new BigDecimal("1E+12"), "XYZ"), null)), null, null, "",
                false, null);
        Violations violations = Violations.collect();

        request.check(violations, NOW);

        assertThat(violations.list()).extracting(Violation::field).containsExactlyInAnyOrder("parts[0].quantity",
                "parts[0].unitCost.amount", "parts[0].unitCost.currency");
    }

    @Test
    void aSignatureAFewMinutesAheadOfTheServerIsAccepted() {
        ResolutionRequest request = new ResolutionRequest(0, "c", "f", null, null,
                new SignOff("李工", NOW.plusSeconds(120)), null, null, null);
        Violations violations = Violations.collect();

        request.check(violations, NOW);

        assertThat(violations.list()).isEmpty();
    }
}
