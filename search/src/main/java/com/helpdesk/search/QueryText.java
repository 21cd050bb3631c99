package com.helpdesk.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text from a search box or a phone menu, made plain: full-width forms folded (Chinese input
 * methods type {@code ＵＰＳ} and {@code Ｅ４}), control and invisible format characters removed, white
 * space collapsed. Query syntax is left as it is: it is only ever searched as words.
 */
final class QueryText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\s]]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private QueryText() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE.matcher(INVISIBLE.matcher(folded).replaceAll("")).replaceAll(" ").strip();
    }
}
