package com.helpdesk.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.helpdesk.tenantadmin.Violations;

class PhoneNumbersTests {

    private final PhoneNumbers numbers = new PhoneNumbers("CN");

    @Test
    void readsTheWaysPeopleWriteChineseNumbersAsOneE164Number() {
        for (String typed : new String[] { "13800138000", "138 0013 8000", "+86 138-0013-8000", "008613800138000" }) {
            assertThat(numbers.toE164(typed, Violations.collect())).as(typed).contains("+8613800138000");
        }
        assertThat(numbers.toE164("010-6688 1234", Violations.collect())).contains("+861066881234");
    }

    @Test
    void recordsWhySomethingIsNotANumber() {
        Violations violations = Violations.collect();

        assertThat(numbers.toE164("12", violations.at("a"))).isEmpty();
        assertThat(numbers.toE164("138\u00000013", violations.at("b"))).isEmpty();
        assertThat(numbers.toE164("9".repeat(40), violations.at("c"))).isEmpty();

        assertThat(violations.list()).extracting(v -> v.field()).containsExactly("a", "b", "c");
    }
}
