package com.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultCodesTests {

    @Test
    void findsCodesInChineseAndEnglishText() {
        assertThat(FaultCodes.of("热泵报E3 水流故障, 蓝屏 7B, UPS fault F2")).containsExactly("e3", "7b", "f2");
    }

    @Test
    void leavesModelNamesAndWordsAlone() {
        assertThat(FaultCodes.of("KL-X14 Pro HX-S5720-28P printer 2024")).isEmpty();
    }
}
