package com.helpdesk.tenantadmin.entitlement;

import com.helpdesk.tenantadmin.entitlement.Entitlement.CardStatus;
import com.helpdesk.tenantadmin.entitlement.Entitlement.ComponentCover;
import com.helpdesk.tenantadmin.entitlement.Entitlement.CoverStatus;
import com.helpdesk.tenantadmin.entitlement.Entitlement.DealerCard;
import com.helpdesk.tenantadmin.entitlement.Entitlement.OutOfWarranty;
import com.helpdesk.tenantadmin.entitlement.Entitlement.RepeatedFailure;
import com.helpdesk.tenantadmin.entitlement.Entitlement.RuleSource;
import com.helpdesk.tenantadmin.warranty.ChargingRule;
import com.helpdesk.tenantadmin.warranty.ComponentWarranty;
import com.helpdesk.tenantadmin.warranty.Money;
import com.helpdesk.tenantadmin.warranty.OutOfWarrantyCharging;
import com.helpdesk.tenantadmin.warranty.WarrantyPolicy;
import com.helpdesk.tenantadmin.warranty.WarrantyStart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.helpdesk.tenantadmin.entitlement.Remedy.EXCHANGE;
import static com.helpdesk.tenantadmin.entitlement.Remedy.REPAIR;
import static com.helpdesk.tenantadmin.entitlement.Remedy.REPLACEMENT;
import static com.helpdesk.tenantadmin.entitlement.Remedy.RETURN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntitlementEvaluatorTests {

    private static final LocalDate PURCHASED = LocalDate.parse("2026-03-02");

    private static final WarrantyPolicy LAPTOP = new WarrantyPolicy("laptop", WarrantyStart.PURCHASE,
            List.of(new ComponentWarranty("whole unit", 12), new ComponentWarranty("main components", 24)),
            OutOfWarrantyCharging.partsAtCostOnly(), List.of("damage by the user"));
    private static final EntitlementRules PC_RULES = new EntitlementRules(List.of("laptop"), ThreeGuarantees.consumerLaw(),
            new ReplacementRule(3), new DealerCardRule(20), new NoReasonReturn(30));
    private static final EntitlementEvaluator PC = new EntitlementEvaluator(LAPTOP, PC_RULES);

    private static final WarrantyPolicy SOLAR = new WarrantyPolicy("solar-water-heater", WarrantyStart.ACCEPTANCE,
            List.of(new ComponentWarranty("main unit", 36), new ComponentWarranty("pipes and electrics", 12)),
            new OutOfWarrantyCharging(ChargingRule.PARTS_AND_LABOUR_WITH_CONSENT, Money.of("80.00", "CNY"), Money.of("50.00", "CNY")),
            List.of());

    private static Device laptop() {
        return new Device("laptop", PURCHASED, null, null, false);
    }

    /** The local date that is day {@code n}, the purchase date being day 1. */
    private static LocalDate day(int n) {
        return PURCHASED.plusDays(n - 1L);
    }

    private static EntitlementAssessment onDay(int n, List<Repair> repairs) {
        return PC.evaluate(laptop(), repairs, day(n));
    }

    private static Repair failed(int onDay, String fault) {
        return new Repair(day(onDay), fault, RepairOutcome.STILL_FAILING);
    }

    @Nested
    class ThreeGuaranteesWindows {

        @ParameterizedTest(name = "day {0}: {1}")
        @CsvSource({
                "1,   'RETURN, EXCHANGE, REPAIR'",
                "7,   'RETURN, EXCHANGE, REPAIR'",
                "8,   'EXCHANGE, REPAIR'",
                "15,  'EXCHANGE, REPAIR'",
                "16,  'REPAIR'",
                "365, 'REPAIR'",
                "366, ''"
        })
        void dayOneIsThePurchaseDate(int day, String remedies) {
            Entitlement.ThreeGuaranteesPeriod period = onDay(day, List.of()).entitlements().stream()
                    .filter(Entitlement.ThreeGuaranteesPeriod.class::isInstance)
                    .map(Entitlement.ThreeGuaranteesPeriod.class::cast).findFirst().orElseThrow();
            Set<Remedy> expected = remedies.isBlank() ? Set.of()
                    : Set.of(remedies.split(", ")).stream().map(Remedy::valueOf).collect(java.util.stream.Collectors.toSet());
            assertThat(period.day()).isEqualTo(day);
            assertThat(period.remedies()).isEqualTo(expected);
        }

        @Test
        void readsTheWindowToTheCallerInEnglishAndChinese() {
            EntitlementAssessment dayFive = onDay(5, List.of());
            assertThat(dayFive.sentences(Locale.ENGLISH).getFirst()).isEqualTo(
                    "Day 5 after purchase: the customer may choose return, exchange or repair (three guarantees, return window 7 days).");
            assertThat(dayFive.sentences(Locale.SIMPLIFIED_CHINESE).getFirst())
                    .isEqualTo("购买后第5天：客户可选择退货、换货或维修（三包，7天内可退货）。");
            assertThat(onDay(366, List.of()).sentences(Locale.CHINA).getFirst()).isEqualTo("购买后第366天：三包期（365天）已过。");
        }

        @Test
        void theLocalDateComesFromTheTenantsZone() {
            Instant lateOnDaySeven = Instant.parse("2026-03-08T16:30:00Z"); // 00:30 on 9 March in Shanghai, day 8
            EntitlementAssessment assessment = PC.evaluate(laptop(), List.of(), lateOnDaySeven, ZoneId.of("Asia/Shanghai"));
            assertThat(assessment.day()).isEqualTo(8);
            assertThat(assessment.grounds(RETURN)).noneMatch(Entitlement.ThreeGuaranteesPeriod.class::isInstance);
        }
    }

    @Nested
    class RepeatedFailures {

        @Test
        void theSecondFailedRepairOfTheSameFaultOpensAReturnUnderTheLaw() {
            assertThat(onDay(100, List.of(failed(40, "no-boot"))).openRemedies()).containsExactly(REPAIR);
            EntitlementAssessment second = onDay(100, List.of(failed(40, "no-boot"), failed(70, "no-boot")));
            assertThat(second.openRemedies()).containsExactlyInAnyOrder(RETURN, REPAIR);
            assertThat(second.grounds(RETURN)).containsExactly(
                    new RepeatedFailure("no-boot", 2, 2, RETURN, RuleSource.CONSUMER_LAW));
        }

        @Test
        void theThirdFailedRepairWithinWarrantyOpensAReplacement() {
            List<Repair> three = List.of(failed(40, "no-boot"), failed(70, "no-boot"), failed(500, "no-boot"));
            assertThat(onDay(499, three).openRemedies()).doesNotContain(REPLACEMENT);
            EntitlementAssessment third = onDay(500, three);
            assertThat(third.openRemedies()).contains(REPLACEMENT);
            assertThat(third.sentences(Locale.ENGLISH)).contains("Fault no-boot is still failing after 3 repairs within warranty: "
                    + "the unit is replaced with a new one of the same brand and model (vendor rule: 3 failed repairs).");
        }

        @Test
        void onlyFailedRepairsOfTheSameFaultCount() {
            List<Repair> mixed = List.of(failed(10, "no-boot"), failed(20, "screen"),
                    new Repair(day(30), "no-boot", RepairOutcome.FIXED), failed(40, "keyboard"));
            assertThat(onDay(50, mixed).openRemedies()).containsExactly(REPAIR);
        }
    }

    @Nested
    class DealerCards {

        private EntitlementAssessment dealerSold(LocalDate cardReceived, int today) {
            return PC.evaluate(new Device("laptop", PURCHASED, null, cardReceived, true), List.of(), day(today));
        }

        private DealerCard card(EntitlementAssessment assessment) {
            return assessment.entitlements().stream().filter(DealerCard.class::isInstance).map(DealerCard.class::cast)
                    .findFirst().orElseThrow();
        }

        @Test
        void aCardStillMissingOnDayTwentyMayStillArrive() {
            EntitlementAssessment dayTwenty = dealerSold(null, 20);
            assertThat(card(dayTwenty).status()).isEqualTo(CardStatus.PENDING);
            assertThat(card(dayTwenty).deadline()).isEqualTo(day(20));
            assertThat(dayTwenty.entitlements()).noneMatch(OutOfWarranty.class::isInstance);
        }

        @Test
        void aCardMissingOnDayTwentyOneVoidsTheVendorsWarrantyButNotTheLaw() {
            EntitlementAssessment dayTwentyOne = dealerSold(null, 21);
            assertThat(card(dayTwentyOne).status()).isEqualTo(CardStatus.MISSING);
            assertThat(dayTwentyOne.entitlements()).filteredOn(ComponentCover.class::isInstance)
                    .extracting(e -> ((ComponentCover) e).status()).containsOnly(CoverStatus.VOID);
            assertThat(dayTwentyOne.openRemedies()).contains(REPAIR);
            assertThat(dayTwentyOne.grounds(REPAIR)).anyMatch(Entitlement.ThreeGuaranteesPeriod.class::isInstance);
        }

        @Test
        void aCardArrivingOnDayTwentyIsOnTimeAndOnDayTwentyOneLate() {
            assertThat(card(dealerSold(day(20), 40)).status()).isEqualTo(CardStatus.ON_TIME);
            EntitlementAssessment late = dealerSold(day(21), 40);
            assertThat(card(late).status()).isEqualTo(CardStatus.LATE);
            assertThat(late.sentences(Locale.ENGLISH)).contains("Warranty card arrived late (2026-03-22, deadline 2026-03-21): "
                    + "the vendor does not recognise warranty claims for this unit; three-guarantees rights are unaffected.");
        }

        @Test
        void unitsSoldDirectlyNeedNoCard() {
            assertThat(onDay(40, List.of()).entitlements()).noneMatch(DealerCard.class::isInstance);
        }
    }

    @Nested
    class ComponentWarranties {

        private final EntitlementEvaluator solar = new EntitlementEvaluator(SOLAR, null);
        private final LocalDate accepted = LocalDate.parse("2026-03-20");

        private ComponentCover cover(EntitlementAssessment assessment, String component) {
            return assessment.entitlements().stream().filter(ComponentCover.class::isInstance).map(ComponentCover.class::cast)
                    .filter(c -> c.component().equals(component)).findFirst().orElseThrow();
        }

        @Test
        void coverCountsFromAcceptanceWhenThePolicySaysSo() {
            Device heater = new Device("solar-water-heater", PURCHASED, accepted, null, false);
            EntitlementAssessment lastDay = solar.evaluate(heater, List.of(), LocalDate.parse("2027-03-19"));
            assertThat(cover(lastDay, "pipes and electrics").status()).isEqualTo(CoverStatus.IN_WARRANTY);
            EntitlementAssessment dayAfter = solar.evaluate(heater, List.of(), LocalDate.parse("2027-03-20"));
            assertThat(cover(dayAfter, "pipes and electrics").status()).isEqualTo(CoverStatus.EXPIRED);
            assertThat(cover(dayAfter, "main unit").lastDay()).isEqualTo(LocalDate.parse("2029-03-19"));
            assertThat(dayAfter.sentences(Locale.ENGLISH)).containsExactly(
                    "main unit: in warranty until 2029-03-19 (36 months from acceptance).",
                    "pipes and electrics: out of warranty, cover ended on 2027-03-19 (12 months from acceptance).",
                    "Out of warranty (pipes and electrics): parts at cost, labour CNY 80.00, call-out fee CNY 50.00; "
                            + "show the fee schedule and get the customer's consent before repairing.");
            assertThat(dayAfter.sentences(Locale.CHINA).get(2))
                    .isEqualTo("保修期外（pipes and electrics）：收取配件费、人工费CNY 80.00，上门费CNY 50.00；维修前须出示收费标准并征得客户同意。");
        }

        @Test
        void coverCountsFromPurchaseWhenThePolicySaysSo() {
            EntitlementAssessment dayBefore = PC.evaluate(laptop(), List.of(), LocalDate.parse("2027-03-01"));
            assertThat(cover(dayBefore, "whole unit").status()).isEqualTo(CoverStatus.IN_WARRANTY);
            EntitlementAssessment after = PC.evaluate(laptop(), List.of(), LocalDate.parse("2027-03-02"));
            assertThat(cover(after, "whole unit").status()).isEqualTo(CoverStatus.EXPIRED);
            assertThat(after.sentences(Locale.CHINA)).contains("保修期外（whole unit）：仅收取配件成本费，不收人工费和上门费。");
        }

        @Test
        void withoutAnAcceptanceDateCoverCountsFromPurchaseAndSaysSo() {
            EntitlementAssessment assessment = solar.evaluate(
                    new Device("solar-water-heater", PURCHASED, null, null, false), List.of(), LocalDate.parse("2026-06-01"));
            assertThat(cover(assessment, "main unit").basis()).isEqualTo(WarrantyStart.PURCHASE);
            assertThat(assessment.sentences(Locale.ENGLISH).getFirst())
                    .isEqualTo("Acceptance date not recorded: warranty is counted from the purchase date (2026-03-02) until it is.");
        }
    }

    @Test
    void unusedGoodsMayGoBackWithoutAReasonUpToDayThirty() {
        assertThat(onDay(30, List.of()).grounds(RETURN)).anyMatch(Entitlement.NoReasonReturnWindow.class::isInstance);
        assertThat(onDay(31, List.of()).openRemedies()).doesNotContain(RETURN, EXCHANGE);
    }

    @Test
    void otherLocalesGetEnglish() {
        assertThat(onDay(5, List.of()).sentences(Locale.FRENCH).getFirst()).startsWith("Day 5 after purchase");
    }

    @Test
    void rejectsADeviceOfAnotherProductLineOrADateBeforePurchase() {
        assertThatThrownBy(() -> PC.evaluate(new Device("printer", PURCHASED, null, null, false), List.of(), day(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PC.evaluate(laptop(), List.of(), day(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
