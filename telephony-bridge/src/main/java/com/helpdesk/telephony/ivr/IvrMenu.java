package com.helpdesk.telephony.ivr;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's IVR menu. Prompts are sound files Asterisk plays (with the words they say, for the
 * admin page and for text-to-speech), per language; a prompt the menu does not name plays the
 * conventional file {@code helpdesk/<language>/<key>}. The platform checks a menu field by field
 * before it builds one; the constructor only guards what the IVR relies on.
 *
 * @param languages         zh and/or en; the first is the default, a choice is offered when there are two
 * @param maxRetries        how many times a question is asked again after silence or a wrong key
 * @param inputTimeout      how long the IVR waits for a key
 * @param maxRecording      the longest description or complaint recorded
 * @param prompts           prompt key (one of {@link #PROMPT_KEYS}) to language to prompt
 * @param options           the main menu's keys
 * @param productLines      the product lines a caller without a known device chooses from
 * @param severityQuestions yes/no questions asked in order; the first "yes" gives the severity
 * @param defaultSeverity   the severity when every answer is "no"
 */
public record IvrMenu(List<String> languages, int maxRetries, Duration inputTimeout, Duration maxRecording,
        Map<String, Map<String, Prompt>> prompts, List<MenuOption> options, List<ProductLine> productLines,
        List<SeverityQuestion> severityQuestions, int defaultSeverity) {

    public static final Set<String> LANGUAGES = Set.of("zh", "en");
    public static final int MAX_RETRIES = 5;

    /** Every prompt the IVR plays. */
    public static final Set<String> PROMPT_KEYS = Set.of("language", "welcome", "closed", "main-menu", "invalid",
            "timeout", "goodbye", "transfer", "error", "callback-intro", "identify", "enter-phone", "enter-serial",
            "not-found", "identified", "device", "serial-ending", "choose-device", "choose-product-line",
            "record-description", "confirm-recording", "ticket-opened", "promise-after-opening", "promise-within",
            "unit-minutes", "unit-hours", "unit-days", "business-time", "promise-end", "promise-by", "promise-asap",
            "after-ticket", "enter-ticket", "ticket-unknown", "ticket-status", "status-new", "status-acknowledged",
            "status-dispatched", "status-on-site", "status-restored", "status-resolved", "status-closed",
            "status-waiting-for-customer", "status-reopened", "complaint-intro", "complaint-opened",
            "complaint-within");

    public IvrMenu {
        languages = List.copyOf(languages);
        if (languages.isEmpty() || languages.size() > 2 || !LANGUAGES.containsAll(languages)) {
            throw new IllegalArgumentException("languages must be zh and/or en: " + languages);
        }
        if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
            throw new IllegalArgumentException("maxRetries must be 0 to " + MAX_RETRIES);
        }
        Objects.requireNonNull(inputTimeout, "inputTimeout");
        Objects.requireNonNull(maxRecording, "maxRecording");
        Map<String, Map<String, Prompt>> copy = new LinkedHashMap<>();
        prompts.forEach((key, byLanguage) -> copy.put(key, Map.copyOf(byLanguage)));
        prompts = Map.copyOf(copy);
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("the main menu needs at least one option");
        }
        productLines = List.copyOf(productLines);
        severityQuestions = List.copyOf(severityQuestions);
    }

    public String defaultLanguage() {
        return languages.getFirst();
    }

    /** The prompt in this language, else in the default language, else the conventional file. */
    public Prompt prompt(String key, String language) {
        Map<String, Prompt> byLanguage = prompts.getOrDefault(key, Map.of());
        return Optional.ofNullable(byLanguage.get(language))
            .or(() -> Optional.ofNullable(byLanguage.get(defaultLanguage())))
            .orElseGet(() -> new Prompt("helpdesk/" + language + "/" + key, ""));
    }

    /**
     * A prompt of a product line or severity question in this language, else in the menu's
     * default language, else the conventional file named after {@code fallbackKey}.
     */
    public static Prompt localized(Map<String, Prompt> byLanguage, String language, IvrMenu menu, String fallbackKey) {
        return Optional.ofNullable(byLanguage.get(language))
            .or(() -> Optional.ofNullable(byLanguage.get(menu.defaultLanguage())))
            .orElseGet(() -> new Prompt("helpdesk/" + language + "/" + fallbackKey, ""));
    }

    public Optional<MenuOption> option(char key) {
        return options.stream().filter(o -> o.key() == key).findFirst();
    }

    /** A sound file Asterisk plays, and what it says. */
    public record Prompt(String sound, String text) {

        public Prompt {
            Objects.requireNonNull(sound, "sound");
            text = text == null ? "" : text;
        }
    }

    /** A key of the main menu and what it does. */
    public record MenuOption(char key, Action action) {

        public MenuOption {
            Objects.requireNonNull(action, "action");
        }
    }

    /** What a main-menu key does. */
    public enum Action {
        REPORT_FAULT("report-fault"), TICKET_STATUS("ticket-status"), COMPLAINT("complaint"), AGENT("agent");

        private final String value;

        Action(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static Optional<Action> of(String value) {
            return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
        }
    }

    /** A product line a caller may choose by key, with its name spoken per language. */
    public record ProductLine(char key, String productLine, Map<String, Prompt> prompt) {

        public ProductLine {
            Objects.requireNonNull(productLine, "productLine");
            prompt = Map.copyOf(prompt);
        }
    }

    /** "Is the system down? Press 1 for yes, 2 for no": a yes gives {@code severity}. */
    public record SeverityQuestion(Map<String, Prompt> prompt, int severity) {

        public SeverityQuestion {
            prompt = Map.copyOf(prompt);
        }
    }
}
