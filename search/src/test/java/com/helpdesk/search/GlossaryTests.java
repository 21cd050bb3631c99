package com.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossaryTests {

    private final Glossary glossary = Glossary.parse("""
            # comment
            printer, 打印机
            hard disk, hdd, 硬盘
            """);

    @Test
    void addsTheOtherMembersOfEveryGroupTheTextMentions() {
        Glossary.Expansion expansion = glossary.expand("打印机卡纸 HDD");

        assertThat(expansion.translations()).isEqualTo("printer 硬盘");
        assertThat(expansion.synonyms()).isEqualTo("hard disk");
    }

    @Test
    void matchesLatinMembersOnlyAsWholeWords() {
        assertThat(glossary.expand("printers hddx").isEmpty()).isTrue();
    }

    @Test
    void theShippedGlossaryLinksEnglishAndChineseProductWords() {
        assertThat(Glossary.standard().expand("录像机").translations()).contains("nvr");
        assertThat(Glossary.standard().expand("fan noise").translations()).contains("风扇", "异响");
    }
}
