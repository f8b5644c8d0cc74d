package clinic.ivr.prompts;

import clinic.ivr.flow.Heard;
import freemarker.core.TemplateXMLOutputModel;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Template;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the line says in one language, rendered from the staff text files when the prompts
 * load: spoken passages by entry name, the words callers may say, and the Gather hints.
 */
public final class Wording {

    /**
     * The caller's words for each command of the key map, for asking the line to wait, for saying goodbye, and
     * for asking for this language; by name.
     */
    public static final Map<FixedEntry, Heard.Kind> COMMAND_WORDS = commandWords(Map.ofEntries(
            Map.entry(FixedEntry.FRONT_DESK_WORDS, Heard.Kind.FRONT_DESK),
            Map.entry(FixedEntry.ASK_THE_DESK_WORDS, Heard.Kind.ASK_THE_DESK),
            Map.entry(FixedEntry.DIRECTIONS_WORDS, Heard.Kind.DIRECTIONS),
            Map.entry(FixedEntry.REPEAT_WORDS, Heard.Kind.REPEAT),
            Map.entry(FixedEntry.MAIN_MENU_WORDS, Heard.Kind.MAIN_MENU),
            Map.entry(FixedEntry.GO_BACK_WORDS, Heard.Kind.GO_BACK),
            Map.entry(FixedEntry.NEXT_WORDS, Heard.Kind.NEXT),
            Map.entry(FixedEntry.SLOWER_WORDS, Heard.Kind.SLOWER),
            Map.entry(FixedEntry.NORMAL_PACE_WORDS, Heard.Kind.NORMAL_PACE),
            Map.entry(FixedEntry.WAIT_WORDS, Heard.Kind.WAIT),
            Map.entry(FixedEntry.EMERGENCY_WORDS, Heard.Kind.EMERGENCY),
            Map.entry(FixedEntry.THANKS_WORDS, Heard.Kind.THANKS),
            Map.entry(FixedEntry.OKAY_WORDS, Heard.Kind.ACKNOWLEDGED),
            Map.entry(FixedEntry.GOODBYE_WORDS, Heard.Kind.GOODBYE),
            Map.entry(FixedEntry.LANGUAGE_WORDS, Heard.Kind.LANGUAGE),
            Map.entry(FixedEntry.TEXT_WORDS, Heard.Kind.TEXT),
            Map.entry(FixedEntry.MESSAGE_WORDS, Heard.Kind.MESSAGE)));
    /** Twilio takes at most this many Gather hints, each of at most {@link #MAX_HINT_CHARACTERS} characters. */
    public static final int MAX_HINTS = 500;
    public static final int MAX_HINT_CHARACTERS = 100;

    private static Map<FixedEntry, Heard.Kind> commandWords(Map<FixedEntry, Heard.Kind> words) {
        Map<FixedEntry, Heard.Kind> byName = new java.util.LinkedHashMap<>();
        words.keySet().stream().sorted(java.util.Comparator.comparing(FixedEntry::text))
                .forEach(entry -> byName.put(entry, words.get(entry)));
        return java.util.Collections.unmodifiableMap(byName);
    }

    private final String language;
    private final Map<EntryName, List<Speech>> passages;
    private final Map<EntryName, List<String>> words;
    private final Map<String, Speech> options;
    private final Map<String, Speech> invalidKeys;
    private final String hints;
    private final TemplateXMLOutputModel hintsMarkup;
    private final Map<String, Speech> filled;
    private final Written written;
    private final Map<FixedEntry, Template> hoursTemplates;
    private final Map<String, Object> settings;

    /**
     * @param passages    entry name to its parts (most entries have one)
     * @param words       word-list entry name to its phrases
     * @param options     "menu/key" to the sentence offering that option
     * @param invalidKeys key to the sentence saying it is not a choice
     * @param hints       the Gather hints: the phrases callers are likely to say, as Twilio takes them
     * @param filled      other patterns filled in, by "entry/value": "callback-on/MONDAY", "whisper/faq",
     *                    "whisper-language/es", "confirm/faq-painful"
     * @param written     where and how staff wrote each entry
     * @param hoursTemplates the hours entries, filled in when a caller asks (see {@link #hours})
     * @param settings    the settings as staff text reads them, for the hours entries
     */
    Wording(String language, Map<EntryName, List<Speech>> passages, Map<EntryName, List<String>> words,
            Map<String, Speech> options, Map<String, Speech> invalidKeys, String hints,
            Map<String, Speech> filled, Written written, Map<FixedEntry, Template> hoursTemplates,
            Map<String, Object> settings) {
        this.language = language;
        this.passages = Map.copyOf(passages);
        this.words = Map.copyOf(words);
        this.options = Map.copyOf(options);
        this.invalidKeys = Map.copyOf(invalidKeys);
        this.hints = hints;
        this.hintsMarkup = escaped(hints);
        this.filled = Map.copyOf(filled);
        this.written = written;
        this.hoursTemplates = Map.copyOf(hoursTemplates);
        this.settings = Map.copyOf(settings);
    }

    /** The key of a pattern filled in with one value: "callback-on/MONDAY". */
    static String filled(FixedEntry pattern, String value) {
        return pattern.text() + "/" + value;
    }

    /** The same words with these Gather hints. */
    Wording withHints(String newHints) {
        return new Wording(language, passages, words, options, invalidKeys, newHints, filled, written, hoursTemplates,
                settings);
    }

    /**
     * An hours entry with today's values: "Today's hours are 8 AM to 7 PM." Rendered when a caller asks,
     * since the values change with the day; empty speech for an entry staff left empty.
     *
     * @param values opens, closes, day and date, as the caller hears them
     */
    public Speech hours(FixedEntry entry, Map<String, String> values) {
        Template template = hoursTemplates.get(entry);
        if (template == null) {
            return new Speech(List.of());
        }
        Map<String, Object> model = new java.util.HashMap<>(settings);
        model.putAll(values);
        try {
            return Speech.of(Freemarker.render(template, model));
        } catch (Exception e) {
            throw new IllegalStateException("[" + entry + "] could not be said: " + e.getMessage(), e);
        }
    }

    /**
     * What each setting placeholder says in this language, such as "clinic.name" to "Gramercy Physical Therapy"
     * and "clinic.phone" to "212-598-5913": for a preview of the words as typed.
     */
    public Map<String, String> placeholders() {
        Map<String, String> values = new java.util.TreeMap<>();
        if (settings.get("clinic") instanceof Map<?, ?> clinic) {
            clinic.forEach((name, value) -> values.put("clinic." + name, String.valueOf(value)
                    .replace(String.valueOf(Speech.PHONE_START), "").replace(String.valueOf(Speech.PHONE_END), "")));
        }
        return values;
    }

    /** "Do you want to hear whether it hurts? Say yes, or press 1." for a menu or topic. */
    public Speech confirm(String node) {
        return filled.getOrDefault(filled(FixedEntry.CONFIRM, node), new Speech(List.of()));
    }

    /** Where staff wrote each phrase of a word list, in the order of {@link #words}. */
    public List<Source> phraseSources(EntryName entry) {
        return written.phrases().apply(entry);
    }

    /** "We will call you back on Monday." */
    public Speech callbackOn(java.time.DayOfWeek day) {
        return filled.getOrDefault(filled(FixedEntry.CALLBACK_ON, day.name()), new Speech(List.of()));
    }

    /** "Phone line caller, asking about frequently asked questions. Press any key to accept." */
    public Speech whisper(String node) {
        Speech main = filled.getOrDefault(filled(FixedEntry.WHISPER, "main"), new Speech(List.of()));
        return filled.getOrDefault(filled(FixedEntry.WHISPER, node), main);
    }

    /** "The caller speaks Spanish."; empty for an unknown language. */
    public Speech whisperLanguage(String language) {
        return filled.getOrDefault(filled(FixedEntry.WHISPER_LANGUAGE, language), new Speech(List.of()));
    }

    public String language() {
        return language;
    }

    /** The first (usually only) part of an entry; empty speech for an optional entry staff left out. */
    public Speech say(EntryName entry) {
        List<Speech> parts = passages.get(entry);
        return parts == null || parts.isEmpty() ? new Speech(List.of()) : parts.get(0);
    }

    public List<Speech> parts(EntryName entry) {
        return passages.getOrDefault(entry, List.of());
    }

    public boolean has(EntryName entry) {
        return passages.containsKey(entry);
    }

    public List<String> words(EntryName entry) {
        return words.getOrDefault(entry, List.of());
    }

    /** "For what manual traction therapy is, press 1." */
    public Speech option(String menu, String key) {
        return options.get(menu + "/" + key);
    }

    /**
     * A menu or topic in plain words, as callers hear it offered: its option's words ("how to get started"),
     * else its [name.topic] ("general questions" for the main menu); empty for a name this version lacks.
     */
    public String name(String node) {
        String option = say(EntryName.option(node)).plainText();
        return option.isEmpty() ? say(EntryName.topic(node)).plainText() : option;
    }

    /** "Sorry, 6 is not one of the choices."; the generic sentence for anything else. */
    public Speech invalidKey(String key) {
        return invalidKeys.getOrDefault(key, say(FixedEntry.INVALID_CHOICE));
    }

    /** The Gather hints, the same at every menu: a caller may ask for anything from anywhere. */
    public String hints() {
        return hints;
    }

    /**
     * The hints escaped for TwiML once, as the templates' own escaping would: every answer that listens
     * carries all of them (about 8 KB), and escaping them character by character took about half of
     * each answer's rendering.
     */
    public TemplateXMLOutputModel hintsMarkup() {
        return hintsMarkup;
    }

    private static TemplateXMLOutputModel escaped(String text) {
        try {
            return XMLOutputFormat.INSTANCE.fromMarkup(XMLOutputFormat.INSTANCE.escapePlainText(text));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // only a format that cannot take markup throws
        }
    }

    /** Every entry name, for checks and scripts. */
    public java.util.Set<EntryName> entries() {
        return passages.keySet();
    }

    /** Where staff wrote an entry, for every entry of this language (spoken, word lists and patterns). */
    public java.util.Optional<Source> source(EntryName entry) {
        return java.util.Optional.ofNullable(written.sources().get(entry));
    }

    /** Every entry staff wrote in this language, including word lists and the option pattern. */
    public java.util.Set<EntryName> written() {
        return written.sources().keySet();
    }

    /** An entry's lines of words as staff typed them, before settings are filled in; empty if not written. */
    public List<WrittenLine> typed(EntryName entry) {
        return written.lines().getOrDefault(entry, List.of());
    }

    /**
     * Where and how staff wrote each entry of a language.
     *
     * @param sources entry name to where it is written
     * @param lines   entry name to its lines of words as typed
     * @param phrases a word-list entry to where each of its phrases is written, in order; found when asked (only
     *                a check that reports a phrase needs it, and finding them all took a third of each load)
     */
    record Written(Map<EntryName, Source> sources, Map<EntryName, List<WrittenLine>> lines,
                   Function<EntryName, List<Source>> phrases) {
        Written {
            sources = Map.copyOf(sources);
            lines = Map.copyOf(lines);
        }
    }
}