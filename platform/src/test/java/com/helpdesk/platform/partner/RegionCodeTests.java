package com.helpdesk.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RegionCodeTests {

    @Test
    void aDistrictIsCoveredByItselfItsCityAndItsProvince() {
        assertThat(new RegionCode("110105").coveringCodes()).containsExactly("110105", "110100", "110000");
        assertThat(new RegionCode("320505").coveringCodes()).containsExactly("320505", "320500", "320000");
    }

    @Test
    void aCityOrProvinceIsNotCoveredByTheCodesBelowIt() {
        assertThat(new RegionCode("320500").coveringCodes()).containsExactly("320500", "320000");
        assertThat(new RegionCode("370000").coveringCodes()).containsExactly("370000");
    }

    @Test
    void acceptsOnlySixDigitsNotStartingWithZero() {
        assertThat(RegionCode.isValid("110105")).isTrue();
        assertThat(RegionCode.isValid("011010")).isFalse();
        assertThat(RegionCode.isValid("11010")).isFalse();
        assertThat(RegionCode.isValid("1101050")).isFalse();
        assertThat(RegionCode.isValid("11010x")).isFalse();
        assertThat(RegionCode.isValid("１１０１０５")).isFalse();
        assertThat(RegionCode.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("1101"));
    }
}
