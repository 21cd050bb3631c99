package com.helpdesk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Product words that mean the same thing: English and Chinese names of parts and faults
 * ({@code printer} / {@code 打印机}), and the everyday word next to the engineer's
 * ({@code 触摸板} / {@code 触控板}). The bare cluster has no synonym filter, so the application adds the
 * other members of a group to the words query. One group per line of {@code glossary.txt}, members
 * separated by commas; it describes the products, not any particular query.
 */
final class Glossary {

    private final List<Group> groups;

    private Glossary(List<Group> groups) {
        this.groups = groups;
    }

    static Glossary standard() {
        try (InputStream in = Glossary.class.getResourceAsStream("glossary.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Glossary parse(String text) {
        List<Group> groups = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    groups.add(new Group(Arrays.stream(content.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList()));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Glossary(groups);
    }

    /**
     * The other members of every group the text mentions: {@code synonyms} in the script of the
     * member mentioned (Chinese for Chinese), {@code translations} in the other script. A report
     * written in the other language can only match through the translations, so they weigh like the
     * caller's own words; synonyms are a weaker hint.
     */
    Expansion expand(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> translations = new LinkedHashSet<>();
        for (Group group : groups) {
            List<String> mentioned = group.members().stream().filter(m -> mentions(lower, m)).toList();
            if (mentioned.isEmpty()) {
                continue;
            }
            boolean saidInCjk = mentioned.stream().anyMatch(CjkBigrams::hasCjk);
            boolean saidInLatin = mentioned.stream().anyMatch(m -> !CjkBigrams.hasCjk(m));
            for (String member : group.members()) {
                if (mentioned.contains(member)) {
                    continue;
                }
                boolean cjk = CjkBigrams.hasCjk(member);
                ((cjk && saidInCjk) || (!cjk && saidInLatin) ? synonyms : translations).add(member);
            }
        }
        return new Expansion(String.join(" ", synonyms), String.join(" ", translations));
    }

    record Expansion(String synonyms, String translations) {

        boolean isEmpty() {
            return synonyms.isEmpty() && translations.isEmpty();
        }
    }

    /** CJK words are found anywhere (no spaces between words); Latin words only as whole words. */
    private static boolean mentions(String text, String member) {
        if (CjkBigrams.hasCjk(member)) {
            return text.contains(member);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(member) + "(?![\\p{L}\\p{N}])")
            .matcher(text).find();
    }

    private record Group(List<String> members) {
    }
}
