package com.helpdesk.platform.ivr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.helpdesk.telephony.ivr.IvrMenu;
import com.helpdesk.telephony.ivr.IvrMenu.Action;
import com.helpdesk.telephony.ivr.IvrMenu.MenuOption;
import com.helpdesk.telephony.ivr.IvrMenu.ProductLine;
import com.helpdesk.telephony.ivr.IvrMenu.Prompt;
import com.helpdesk.telephony.ivr.IvrMenu.SeverityQuestion;
import com.helpdesk.tenantadmin.Violations;

/**
 * A tenant's IVR menu as the admin API takes it and the {@code ivr_menus} table keeps it. Every
 * field is checked with its path, and the prompts a document leaves out are the default menu's.
 * Prompt texts are what a caller hears, so they are kept as plain text (the admin page escapes
 * them); sound names are relative paths Asterisk resolves in its sounds folder.
 */
record MenuDocument(List<String> languages, Integer maxRetries, Integer inputTimeoutSeconds,
        Integer maxRecordingSeconds, List<OptionDocument> options, List<ProductLineDocument> productLines,
        List<SeverityQuestionDocument> severityQuestions, Integer defaultSeverity,
        Map<String, Map<String, PromptDocument>> prompts) {

    static final int MAX_OPTIONS = 10;
    static final int MAX_PRODUCT_LINES = 9;
    static final int MAX_SEVERITY_QUESTIONS = 4;
    static final int MAX_TEXT = 500;
    private static final Pattern SOUND = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+){0,5}");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    record PromptDocument(String sound, String text) {
    }

    record OptionDocument(String key, String action) {
    }

    record ProductLineDocument(String key, String productLine, Map<String, PromptDocument> prompt) {
    }

    record SeverityQuestionDocument(Integer severity, Map<String, PromptDocument> prompt) {
    }

    /** The menu, or the violations recorded; {@code defaults} fills in the prompts left out. */
    IvrMenu check(Violations violations, IvrMenu defaults) {
        List<String> langs = languages(violations);
        int retries = range(violations, "maxRetries", maxRetries, 0, IvrMenu.MAX_RETRIES);
        int timeout = range(violations, "inputTimeoutSeconds", inputTimeoutSeconds, 2, 30);
        int recording = range(violations, "maxRecordingSeconds", maxRecordingSeconds, 10, 300);
        int fallbackSeverity = range(violations, "defaultSeverity", defaultSeverity, 1, 4);
        List<MenuOption> checkedOptions = options(violations);
        List<ProductLine> checkedLines = productLines(violations, langs);
        List<SeverityQuestion> questions = severityQuestions(violations, langs);
        Map<String, Map<String, Prompt>> checkedPrompts = prompts(violations, langs, defaults);
        violations.throwIfAny();
        return new IvrMenu(langs, retries, Duration.ofSeconds(timeout), Duration.ofSeconds(recording),
                checkedPrompts, checkedOptions, checkedLines, questions, fallbackSeverity);
    }

    private List<String> languages(Violations violations) {
        if (languages == null || languages.isEmpty() || languages.size() > 2) {
            violations.add("languages", "must name one or two of zh, en; the first is the default");
            return List.of("zh");
        }
        if (!IvrMenu.LANGUAGES.containsAll(languages) || new HashSet<>(languages).size() != languages.size()) {
            violations.add("languages", "must name one or two of zh, en, each once");
            return List.of("zh");
        }
        return List.copyOf(languages);
    }

    private List<MenuOption> options(Violations violations) {
        if (options == null || options.isEmpty() || options.size() > MAX_OPTIONS) {
            violations.add("options", "must have 1 to " + MAX_OPTIONS + " keys");
            return List.of();
        }
        List<MenuOption> checked = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Violations at = violations.at("options", i);
            OptionDocument option = options.get(i);
            String key = option == null ? null : option.key();
            if (!digit(at, key, keys)) {
                continue;
            }
            Action action = option.action() == null ? null : Action.of(option.action()).orElse(null);
            if (action == null) {
                at.add("action", "must be report-fault, ticket-status, complaint or agent");
                continue;
            }
            checked.add(new MenuOption(key.charAt(0), action));
        }
        return checked;
    }

    private List<ProductLine> productLines(Violations violations, List<String> langs) {
        List<ProductLineDocument> given = productLines == null ? List.of() : productLines;
        if (given.size() > MAX_PRODUCT_LINES) {
            violations.add("productLines", "must have at most " + MAX_PRODUCT_LINES + " entries");
            return List.of();
        }
        List<ProductLine> checked = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Violations at = violations.at("productLines", i);
            ProductLineDocument line = given.get(i);
            if (line == null || !digit(at, line.key(), keys)) {
                continue;
            }
            if (line.key().equals("0")) {
                at.add("key", "must be 1 to 9");
            }
            String name = line.productLine();
            if (name == null || name.isBlank() || name.length() > 100 || hasControl(name)) {
                at.add("productLine", "is required: the product line's name in the terms, at most 100 characters");
                continue;
            }
            checked.add(new ProductLine(line.key().charAt(0), name.strip(), localized(at.at("prompt"), line.prompt(),
                    langs)));
        }
        return checked;
    }

    private List<SeverityQuestion> severityQuestions(Violations violations,
            List<String> langs) {
        List<SeverityQuestionDocument> given = severityQuestions == null ? List.of() : severityQuestions;
        if (given.size() > MAX_SEVERITY_QUESTIONS) {
            violations.add("severityQuestions", "must have at most " + MAX_SEVERITY_QUESTIONS + " questions");
            return List.of();
        }
        List<SeverityQuestion> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Violations at = violations.at("severityQuestions", i);
            SeverityQuestionDocument question = given.get(i);
            if (question == null) {
                at.add("is required");
                continue;
            }
            int severity = range(at, "severity", question.severity(), 1, 4);
            checked.add(new SeverityQuestion(localized(at.at("prompt"), question.prompt(), langs), severity));
        }
        return checked;
    }

    /** The default menu's prompts, with the document's on top. */
    private Map<String, Map<String, Prompt>> prompts(Violations violations,
            List<String> langs, IvrMenu defaults) {
        Map<String, Map<String, Prompt>> merged = new LinkedHashMap<>();
        if (defaults != null) {
            defaults.prompts().forEach((key, byLanguage) -> merged.put(key, new LinkedHashMap<>(byLanguage)));
        }
        if (prompts == null) {
            return merged;
        }
        prompts.forEach((key, byLanguage) -> {
            Violations at = violations.at("prompts").at(key);
            if (!IvrMenu.PROMPT_KEYS.contains(key)) {
                at.add("is not a prompt of the IVR");
                return;
            }
            merged.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(localized(at, byLanguage, langs));
        });
        return merged;
    }

    private static Map<String, Prompt> localized(Violations at,
            Map<String, PromptDocument> byLanguage, List<String> langs) {
        Map<String, Prompt> checked = new LinkedHashMap<>();
        if (byLanguage == null) {
            return checked;
        }
        byLanguage.forEach((language, prompt) -> {
            Violations in = at.at(language);
            if (!langs.contains(language)) {
                in.add("is not one of the menu's languages " + langs);
                return;
            }
            if (prompt == null || prompt.sound() == null || prompt.sound().length() > 200
                    || !SOUND.matcher(prompt.sound()).matches()) {
                in.add("sound", "must be a sound file's relative name such as helpdesk/zh/welcome");
                return;
            }
            String text = prompt.text() == null ? "" : prompt.text().strip();
            if (text.length() > MAX_TEXT || hasControl(text)) {
                in.add("text", "must be at most " + MAX_TEXT + " characters, without control characters");
                return;
            }
            checked.put(language, new Prompt(prompt.sound(), text));
        });
        return checked;
    }

    private static boolean digit(Violations at, String key, Set<String> seen) {
        if (key == null || !DIGIT.matcher(key).matches()) {
            at.add("key", "must be one digit 0 to 9");
            return false;
        }
        if (!seen.add(key)) {
            at.add("key", "is used twice");
            return false;
        }
        return true;
    }

    private static int range(Violations violations, String field, Integer value, int min,
            int max) {
        if (value == null || value < min || value > max) {
            violations.add(field, "must be between " + min + " and " + max);
            return min;
        }
        return value;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
