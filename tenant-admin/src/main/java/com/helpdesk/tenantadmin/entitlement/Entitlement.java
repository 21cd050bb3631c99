package com.helpdesk.tenantadmin.entitlement;

import com.helpdesk.tenantadmin.warranty.OutOfWarrantyCharging;
import com.helpdesk.tenantadmin.warranty.WarrantyStart;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One finding about what the customer is entitled to, and the remedies it opens now. */
public sealed interface Entitlement {

    /** The remedies this finding opens today; empty if it only informs. */
    Set<Remedy> remedies();

    /**
     * Where today falls in the three-guarantees windows.
     *
     * @param day        days since purchase, the purchase date being day 1
     * @param remedies   open remedies; empty once the repair period has ended
     * @param windowDays the length of the window today falls in (or of the ended repair period)
     * @param lastDay    the last day of that window
     */
    record ThreeGuaranteesPeriod(int day, Set<Remedy> remedies, int windowDays, LocalDate lastDay)
            implements Entitlement {
        public ThreeGuaranteesPeriod {
            remedies = Set.copyOf(remedies);
        }
    }

    /** The same fault failed {@code failedRepairs} times, reaching a rule's {@code threshold}. */
    record RepeatedFailure(String faultCode, int failedRepairs, int threshold, Remedy remedy, RuleSource source)
            implements Entitlement {
        @Override
        public Set<Remedy> remedies() {
            return Set.of(remedy);
        }
    }

    /** Where the dealer's warranty card stands; {@code received} is absent until it arrives. */
    record DealerCard(CardStatus status, LocalDate deadline, LocalDate received) implements Entitlement {
        @Override
        public Set<Remedy> remedies() {
            return Set.of();
        }

        /** Whether the vendor's warranty no longer applies because of the card. */
        public boolean voidsWarranty() {
            return status == CardStatus.LATE || status == CardStatus.MISSING;
        }
    }

    /** One component's cover; in warranty it opens a free repair. */
    record ComponentCover(String component, WarrantyStart basis, LocalDate start, int months, LocalDate lastDay,
                          CoverStatus status) implements Entitlement {
        @Override
        public Set<Remedy> remedies() {
            return status == CoverStatus.IN_WARRANTY ? Set.of(Remedy.REPAIR) : Set.of();
        }
    }

    /** The policy counts from acceptance, which is not recorded: cover is counted from purchase meanwhile. */
    record AcceptanceNotRecorded(LocalDate purchaseDate) implements Entitlement {
        @Override
        public Set<Remedy> remedies() {
            return Set.of();
        }
    }

    /** Components out of cover are repaired at a charge, by this rule. */
    record OutOfWarranty(OutOfWarrantyCharging charging, List<String> components) implements Entitlement {
        public OutOfWarranty {
            components = List.copyOf(components);
        }

        @Override
        public Set<Remedy> remedies() {
            return Set.of(Remedy.REPAIR);
        }
    }

    /** Unused goods may still be returned without a reason; the condition is for the agent to confirm. */
    record NoReasonReturnWindow(int day, int withinDays, LocalDate lastDay) implements Entitlement {
        @Override
        public Set<Remedy> remedies() {
            return Set.of(Remedy.RETURN);
        }
    }

    /** Whose rule a finding applies. */
    enum RuleSource { CONSUMER_LAW, VENDOR }

    /** Where the dealer's warranty card stands. */
    enum CardStatus { ON_TIME, PENDING, LATE, MISSING }

    /** A component's cover today. */
    enum CoverStatus { IN_WARRANTY, EXPIRED, VOID }
}
