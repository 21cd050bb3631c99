package com.helpdesk.pbxsim.agi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One AGI command line as the IVR sent it, split as Asterisk's parser splits it: words separated
 * by blanks, double quotes grouping, a backslash escaping the next character.
 *
 * @param verb the command's words in upper case, e.g. {@code GET DATA}
 * @param args what follows the verb
 */
public record AgiCommand(String line, String verb, List<String> args) {

    /** Commands of more than one word; everything else is one word then arguments. */
    private static final List<String> TWO_WORDS = List.of("GET DATA", "GET VARIABLE", "GET FULL", "SET VARIABLE",
            "STREAM FILE", "SAY DIGITS", "SAY NUMBER", "SAY DATETIME", "SAY ALPHA", "SAY PHONETIC", "SAY TIME",
            "SAY DATE", "RECORD FILE", "CONTROL STREAM", "WAIT FOR", "SET MUSIC", "SET CONTEXT", "SET EXTENSION",
            "SET PRIORITY", "SET CALLERID", "SET AUTOHANGUP", "CHANNEL STATUS", "DATABASE GET", "DATABASE PUT");

    public static AgiCommand parse(String line) {
        List<String> words = split(line);
        int verbWords = 1;
        if (words.size() >= 2) {
            String two = (words.get(0) + " " + words.get(1)).toUpperCase(Locale.ROOT);
            if (TWO_WORDS.contains(two)) {
                verbWords = two.equals("GET FULL") || two.equals("CONTROL STREAM") || two.equals("WAIT FOR") ? 3 : 2;
            }
        }
        verbWords = Math.min(verbWords, words.size());
        String verb = String.join(" ", words.subList(0, verbWords)).toUpperCase(Locale.ROOT);
        return new AgiCommand(line, verb, List.copyOf(words.subList(verbWords, words.size())));
    }

    public String arg(int index) {
        return index < args.size() ? args.get(index) : "";
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            }
            else if (c == '"') {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            }
            else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
