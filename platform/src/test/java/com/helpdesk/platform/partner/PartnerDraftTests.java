package com.helpdesk.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.tenantadmin.Violation;
import com.helpdesk.tenantadmin.Violations;

class PartnerDraftTests {

    private static final PhoneNumbers CHINA = PhoneNumbers.of(null);

    private static PartnerDraft draft(String acceptWithin) {
        return new PartnerDraft("北京服务站", List.of("110000"), acceptWithin, List.of("bj-engineer"), null);
    }

    private static List<Violation> violations(PartnerDraft draft) {
        Violations at = Violations.collect();
        draft.checked(at, CHINA);
        return at.list();
    }

    @Test
    void normalisesThePhoneToE164AndUsernamesToLowerCase() {
        Violations at = Violations.collect();
        PartnerFields fields = new PartnerDraft("北京服务站", List.of("110000", "120000"), "PT2H",
                List.of("BJ-Engineer", "lee@bj-repair.example"), "010-6666 8888").checked(at, CHINA);

        assertThat(at.list()).isEmpty();
        assertThat(fields.phone()).isEqualTo("+861066668888");
        assertThat(fields.usernames()).containsExactly("bj-engineer", "lee@bj-repair.example");
        assertThat(fields.acceptWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(fields.regionCodes()).containsExactly("110000", "120000");
    }

    @Test
    void acceptWithinRunsFromFiveMinutesToThirtyDays() {
        assertThat(violations(draft("PT5M"))).isEmpty();
        assertThat(violations(draft("P30D"))).isEmpty();
        assertThat(violations(draft("PT4M59S"))).extracting(Violation::field).containsExactly("acceptWithin");
        assertThat(violations(draft("P30DT1S"))).extracting(Violation::field).containsExactly("acceptWithin");
        assertThat(violations(draft("-PT2H"))).extracting(Violation::field).containsExactly("acceptWithin");
    }

    @Test
    void acceptWithinMustBeAnIsoDuration() {
        for (String text : new String[] { "2 hours", "120", "P1M", "PT", "PT999999999999999999999H", "", null }) {
            assertThat(violations(draft(text))).as(text).extracting(Violation::field).containsExactly("acceptWithin");
        }
    }

    @Test
    void reportsEveryBadOrRepeatedEntryAtItsIndex() {
        List<String> codes = Arrays.asList("110000", "11000", "110000", null);
        List<String> people = Arrays.asList("ok.user", "has space", "OK.user", "<b>");

        List<Violation> found = violations(new PartnerDraft(" ", codes, "PT2H", people, "12"));

        assertThat(found).extracting(Violation::field).containsExactlyInAnyOrder("name", "regionCodes[1]",
                "regionCodes[2]", "regionCodes[3]", "usernames[1]", "usernames[2]", "usernames[3]", "phone");
        assertThat(found).filteredOn(v -> v.field().equals("regionCodes[2]")).extracting(Violation::message)
            .containsExactly("duplicates regionCodes[0]");
    }

    @Test
    void needsARegionButNoPeopleOrPhone() {
        assertThat(violations(new PartnerDraft("Somewhere", null, "PT2H", null, ""))).extracting(Violation::field)
            .containsExactly("regionCodes");
        assertThat(violations(new PartnerDraft("Somewhere", List.of("310000"), "PT2H", null, null))).isEmpty();
    }

    @Test
    void boundsTheName() {
        assertThat(violations(new PartnerDraft("x".repeat(201), List.of("110000"), "PT2H", null, null)))
            .extracting(Violation::field).containsExactly("name");
        assertThat(violations(new PartnerDraft("a\u0000b", List.of("110000"), "PT2H", null, null)))
            .extracting(Violation::field).containsExactly("name");
    }
}
