package com.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KnownFixQueryTests {

    @Test
    void refusesAQueryWithoutATenant() {
        assertThatThrownBy(() -> KnownFixQuery.of(" ", "ups", "")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("tenant");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> new KnownFixQuery("t", "x".repeat(201), "", "", "", -1, 0))
            .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.problems())
                .extracting(InvalidSearchException.Problem::field).containsExactly("q", "page", "size"));
    }

    @Test
    void refusesAPageSoDeepThatItsOffsetWouldOverflow() {
        assertThatThrownBy(() -> new KnownFixQuery("t", "ups", "", "", "", Integer.MAX_VALUE, 50))
            .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.problems())
                .extracting(InvalidSearchException.Problem::field).containsExactly("page"));
    }

    @Test
    void foldsFullWidthFormsAndDropsInvisibleCharacters() {
        KnownFixQuery query = KnownFixQuery.of("t", "  ＵＰＳ\u200b 报Ｅ４\u0000\n ", null);

        assertThat(query.text()).isEqualTo("UPS 报E4");
        assertThat(query.deviceModel()).isEmpty();
    }

    @Test
    void refusesTextThatIsOnlyInvisible() {
        assertThatThrownBy(() -> KnownFixQuery.of("t", "\u200b\u0007", "")).isInstanceOf(InvalidSearchException.class);
    }
}
