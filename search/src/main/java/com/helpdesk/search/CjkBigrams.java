package com.helpdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text for the bigram fields. The analyzers of a bare Elasticsearch cut Chinese into
 * single characters, which match far too much ({@code 开} is in 开机, 打开 and 开关); overlapping
 * pairs of characters ({@code 无法开机} gives 无法 法开 开机) are the classic CJK indexing unit and match
 * words without a dictionary. A run of one CJK character stays as it is. Latin words and digits are
 * kept whole and lower-cased so that model codes and English words match in the same field. Pairs
 * never span punctuation or a Latin word: {@code 机。客} is not a word.
 */
final class CjkBigrams {

    private CjkBigrams() {
    }

    /** Space-separated tokens, for a field analysed by a whitespace analyzer. */
    static String of(String text) {
        return String.join(" ", tokens(text));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                flushWord(word, tokens);
                run.appendCodePoint(cp);
            }
            else if (Character.isLetterOrDigit(cp)) {
                flushRun(run, tokens);
                word.appendCodePoint(cp);
            }
            else {
                flushRun(run, tokens);
                flushWord(word, tokens);
            }
        });
        flushRun(run, tokens);
        flushWord(word, tokens);
        return tokens;
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Whether the text has any CJK character, i.e. whether bigrams say more than the words. */
    static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(CjkBigrams::isCjk);
    }

    private static void flushRun(StringBuilder run, List<String> tokens) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            tokens.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            tokens.add(new String(cps, i, 2));
        }
        run.setLength(0);
    }

    private static void flushWord(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
