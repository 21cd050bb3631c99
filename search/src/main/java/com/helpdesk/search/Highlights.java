package com.helpdesk.search;

/**
 * CJK text is indexed character by character, so the highlighter marks {@code 开机} as two matches,
 * {@code <em>开</em><em>机</em>}; joined, an agent sees the word that matched.
 */
final class Highlights {

    private Highlights() {
    }

    static String merge(String fragment) {
        return fragment.replace("</em><em>", "");
    }
}
