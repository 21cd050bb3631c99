package com.helpdesk.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin-script words of a text long enough to carry a typo ({@code pritner}); digits and short
 * codes ({@code E4}, {@code F2}) are left out: a code one edit away is another fault.
 */
final class LatinWords {

    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{3,}");
    private static final int MAX = 20;

    private LatinWords() {
    }

    static List<String> of(String text) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(words);
    }
}
