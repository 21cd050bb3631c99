package com.helpdesk.tenantadmin.warranty;

import com.helpdesk.tenantadmin.Violation;
import com.helpdesk.tenantadmin.Violations;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarrantyPolicyTests {

    @Test
    void coverEndsTheDayBeforeTheSameDateMonthsLater() {
        ComponentWarranty electrics = new ComponentWarranty("electrics", 18);
        assertThat(electrics.lastDay(LocalDate.parse("2026-01-15"))).isEqualTo(LocalDate.parse("2027-07-14"));
        assertThat(new ComponentWarranty("main unit", 12).lastDay(LocalDate.parse("2024-02-29")))
                .isEqualTo(LocalDate.parse("2025-02-27"));
    }

    @Test
    void reportsEveryBrokenRuleBelowThePathItIsGiven() {
        WarrantyPolicy broken = new WarrantyPolicy(" ", null,
                Arrays.asList(new ComponentWarranty("main unit", 36), new ComponentWarranty("main unit", -1), null),
                new OutOfWarrantyCharging(ChargingRule.PARTS_AND_LABOUR_WITH_CONSENT, Money.of("-5", "CNY"), null),
                List.of("force majeure", ""));
        Violations violations = Violations.collect();
        broken.validate(violations.at("warranty", 3));
        assertThat(violations.list()).extracting(Violation::field).containsExactly(
                "warranty[3].productLine", "warranty[3].startsFrom", "warranty[3].components[1].component",
                "warranty[3].components[1].months", "warranty[3].components[2]", "warranty[3].outOfWarranty.labourFee",
                "warranty[3].exclusions[1]");
    }
}
