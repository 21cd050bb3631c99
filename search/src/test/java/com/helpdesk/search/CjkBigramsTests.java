package com.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkBigramsTests {

    @Test
    void cutsChineseIntoOverlappingPairs() {
        assertThat(CjkBigrams.tokens("无法开机")).containsExactly("无法", "法开", "开机");
    }

    @Test
    void neverPairsAcrossPunctuationOrLatinWords() {
        assertThat(CjkBigrams.tokens("黑屏。客户E4报错")).containsExactly("黑屏", "客户", "e4", "报错");
    }

    @Test
    void keepsLatinWordsWholeAndLowerCasedAndLoneCharactersAsTheyAre() {
        assertThat(CjkBigrams.of("UPS 响 KL-X14 Pro")).isEqualTo("ups 响 kl x14 pro");
    }

    @Test
    void findsNoWordsInPunctuation() {
        assertThat(CjkBigrams.tokens(" ，。!? ")).isEmpty();
    }
}
