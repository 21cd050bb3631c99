package com.helpdesk.platform.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.ticket.ResolutionRequest.UsedPart;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.entitlement.Device;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.warranty.Money;

/**
 * Charges worked out by hand from the demo vendors' terms: kunlun laptops (whole unit 12 months,
 * main components 24, then parts at cost only), kunlun servers (from acceptance: whole unit 36
 * months, disks and power supplies 12, then parts + labour CNY 300 + call-out CNY 200 with
 * consent), and huaxin, whose terms have no policy for laptops.
 */
class RepairChargeTests {

    static final String WHOLE_UNIT = "整机 whole unit";
    static final String MAIN_COMPONENTS = "主要部件 main components (CPU, motherboard, memory, hard disk, display, "
            + "power adapter)";
    static final String SERVER_DISKS = "硬盘与电源 disks and power supplies";
    static final LocalDate REPORTED = LocalDate.parse("2026-11-23");

    @Test
    void aPartOfAComponentInWarrantyIsFreeAndSoIsTheLabour() throws Exception {
        RepairCover cover = cover("kunlun", new Device("server", REPORTED.minusMonths(6), REPORTED.minusMonths(5),
                null, false));
        Violations violations = Violations.collect();

        RepairCharge.Charge charge = RepairCharge.of(cover, List.of(part("DISK-4T", 2, "1200.00", SERVER_DISKS)),
                false, 90, violations);

        assertThat(violations.list()).isEmpty();
        assertThat(charge.inWarranty()).isTrue();
        assertThat(charge.totalCents()).isZero();
        assertThat(charge.parts().getFirst().covered()).isTrue();
        assertThat(charge.basis()).contains("In warranty", "free", "Labour time: 90 min");
    }

    @Test
    void outOfWarrantyPartsAtCostOnlyChargeQuantityTimesCostAndNothingElse() throws Exception {
        RepairCover cover = cover("kunlun", new Device("laptop", REPORTED.minusYears(3), null, null, false));
        Violations violations = Violations.collect();

        RepairCharge.Charge charge = RepairCharge.of(cover, List.of(part("BAT-01", 2, "150.00", WHOLE_UNIT),
                part("KEY-9", 1, "25.5", MAIN_COMPONENTS)), false, null, violations);

        assertThat(violations.list()).isEmpty();
        assertThat(charge.inWarranty()).isFalse();
        assertThat(charge.rule()).isEqualTo("parts-at-cost-only");
        assertThat(charge.total()).isEqualTo(Money.of("325.50", "CNY"));
        assertThat(charge.parts()).extracting(p -> p.charge().amount())
            .containsExactly(new BigDecimal("300.00"), new BigDecimal("25.50"));
        assertThat(charge.basis()).contains("expired", "parts at cost only", "CNY 325.50");
    }

    @Test
    void partsAndLabourAddTheTermsFeesWhenTheCustomerConsented() throws Exception {
        RepairCover cover = cover("kunlun", new Device("server", REPORTED.minusYears(5), REPORTED.minusYears(5),
                null, false));
        Violations violations = Violations.collect();

        RepairCharge.Charge charge = RepairCharge.of(cover, List.of(part("PSU-800", 1, "450.00", SERVER_DISKS)),
                true, 120, violations);

        assertThat(violations.list()).isEmpty();
        assertThat(charge.rule()).isEqualTo("parts-and-labour-with-consent");
        assertThat(charge.total()).isEqualTo(Money.of("950.00", "CNY"));
        assertThat(charge.basis()).contains("labour CNY 300.00", "call-out CNY 200.00", "consented");
    }

    @Test
    void partsAndLabourWithoutConsentIsRefusedOnTheConsentField() throws Exception {
        RepairCover cover = cover("kunlun", new Device("server", REPORTED.minusYears(5), REPORTED.minusYears(5),
                null, false));
        Violations violations = Violations.collect();

        RepairCharge.of(cover, List.of(part("PSU-800", 1, "450.00", SERVER_DISKS)), false, null, violations);

        assertThat(violations.list()).extracting(Violation::field).containsExactly("consent");
    }

    @Test
    void aRepairMixingCoveredAndExpiredComponentsChargesOnlyTheExpiredParts() throws Exception {
        // Bought 18 months ago: the whole unit (12) has expired, the main components (24) are covered.
        RepairCover cover = cover("kunlun", new Device("laptop", REPORTED.minusMonths(18), null, null, false));
        Violations violations = Violations.collect();

        RepairCharge.Charge charge = RepairCharge.of(cover, List.of(part("MB-1", 1, "900.00", MAIN_COMPONENTS),
                part("HINGE", 2, "30.00", WHOLE_UNIT)), false, null, violations);

        assertThat(charge.inWarranty()).isFalse();
        assertThat(charge.total()).isEqualTo(Money.of("60.00", "CNY"));
        assertThat(charge.parts()).extracting(Resolution.Part::covered).containsExactly(true, false);
    }

    @Test
    void withoutPartsTheRepairIsInWarrantyWhileAnyComponentIsCovered() throws Exception {
        RepairCover covered = cover("kunlun", new Device("laptop", REPORTED.minusMonths(18), null, null, false));
        RepairCover expired = cover("kunlun", new Device("server", REPORTED.minusYears(5), REPORTED.minusYears(5),
                null, false));

        assertThat(RepairCharge.of(covered, List.of(), false, 30, Violations.collect()).inWarranty()).isTrue();
        RepairCharge.Charge visit = RepairCharge.of(expired, List.of(), true, 30, Violations.collect());
        assertThat(visit.inWarranty()).isFalse();
        assertThat(visit.total()).isEqualTo(Money.of("500.00", "CNY"));
    }

    @Test
    void aProductLineWithoutAPolicyIsNotCharged() throws Exception {
        RepairCover cover = cover("huaxin", new Device("laptop", REPORTED.minusYears(3), null, null, false));
        Violations violations = Violations.collect();

        RepairCharge.Charge charge = RepairCharge.of(cover, List.of(part("X-1", 1, "99.00", "")), false, null,
                violations);

        assertThat(violations.list()).isEmpty();
        assertThat(charge.rule()).isEqualTo(RepairCharge.NO_RULE);
        assertThat(charge.totalCents()).isZero();
        assertThat(charge.basis()).contains("no warranty policy", "'laptop'");
    }

    @Test
    void aTicketWithoutPurchaseDateEstablishesNoCover() throws Exception {
        RepairCover cover = RepairCover.of(terms("kunlun"), ticket("laptop", null), null, REPORTED);

        RepairCharge.Charge charge = RepairCharge.of(cover, List.of(part("BAT-01", 1, "150.00", WHOLE_UNIT)), false,
                null, Violations.collect());

        assertThat(charge.inWarranty()).isFalse();
        assertThat(charge.total()).isEqualTo(Money.of("150.00", "CNY"));
        assertThat(charge.basis()).contains("no purchase date");
    }

    @Test
    void aTicketWithoutDeviceIsJudgedOnItsOwnPurchaseDate() throws Exception {
        RepairCover cover = RepairCover.of(terms("kunlun"), ticket("laptop", REPORTED.minusMonths(2)), null,
                REPORTED);

        assertThat(cover.covers(WHOLE_UNIT)).isTrue();
    }

    @Test
    void coverIsJudgedOnTheDayTheFaultWasReportedNotTheDayOfTheRepair() throws Exception {
        LocalDate bought = REPORTED.minusMonths(12);
        RepairCover onLastDay = RepairCover.of(terms("kunlun"), ticket("laptop", bought), null, bought.plusMonths(12)
            .minusDays(1));
        RepairCover dayAfter = RepairCover.of(terms("kunlun"), ticket("laptop", bought), null, bought.plusMonths(12));

        assertThat(onLastDay.covers(WHOLE_UNIT)).isTrue();
        assertThat(dayAfter.covers(WHOLE_UNIT)).isFalse();
    }

    @Test
    void partsMustNameAComponentOfTheWarrantyAndShareItsCurrency() throws Exception {
        RepairCover cover = cover("kunlun", new Device("server", REPORTED.minusYears(5), REPORTED.minusYears(5),
                null, false));
        Violations violations = Violations.collect();

        RepairCharge.of(cover, List.of(part("A", 1, "1.00", "fan"), part("B", 1, "1.00", ""),
                new UsedPart("C", "c", 1, Money.of("1.00", "USD"), SERVER_DISKS)), true, null, violations);

        assertThat(violations.list()).extracting(Violation::field)
            .containsExactly("parts[0].component", "parts[1].component", "parts[2].unitCost.currency");
        assertThatThrownBy(violations::throwIfAny).isInstanceOf(InvalidInputException.class);
    }

    private static UsedPart part(String number, int quantity, String cost, String component) {
        return new UsedPart(number, number.toLowerCase(), quantity, Money.of(cost, "CNY"), component);
    }

    private static RepairCover cover(String tenant, Device device) throws Exception {
        return RepairCover.of(terms(tenant), ticket(device.productLine(), device.purchaseDate()), device, REPORTED);
    }

    private static Ticket ticket(String productLine, LocalDate purchaseDate) {
        Instant at = Instant.parse("2026-11-23T02:00:00Z");
        return new Ticket(UUID.randomUUID(), 100001, TicketStatus.ACKNOWLEDGED, null, 3, Channel.PHONE, 1, null, null,
                "", null, null, "", productLine, "", purchaseDate, "fault", null, null, "", at, at, null, null, 0, at,
                at);
    }

    private static ServiceTerms terms(String tenant) throws Exception {
        Path file = Path.of("..", "infra", "demo", "terms", tenant + ".json");
        return JsonMapper.builder().build().readValue(Files.readString(file), ServiceTerms.class)
            .published(1, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
