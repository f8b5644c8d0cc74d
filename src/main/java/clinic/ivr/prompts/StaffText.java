package clinic.ivr.prompts;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.SpokenHours;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Vocabulary;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders the staff's text entries once, when the prompts load. Staff text is plain sentences with
 * {@code ${clinic.name}}-style settings in it; what comes out is {@link Speech}, escaped later by
 * the TwiML templates, so no character staff type can break a call.
 */
final class StaffText {

    private static final Set<FixedEntry> PATTERN_ENTRIES = Set.of(FixedEntry.OPTION, FixedEntry.INVALID_KEY,
            FixedEntry.CALLBACK_ON, FixedEntry.WHISPER, FixedEntry.WHISPER_LANGUAGE, FixedEntry.CONFIRM);
    /** Values the hours entries are tried with when the prompts load, so a mistake shows then, not on a call. */
    private static final Map<String, String> SAMPLE_HOURS = Map.of("opens", "8 AM", "closes", "7 PM",
            "day", "Christmas Day", "date", "Monday, December 28", "reason", "the snow");
    private static final List<String> INVALID_KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "#");

    private final Configuration cfg = Freemarker.configuration(PlainTextOutputFormat.INSTANCE, new StringTemplateLoader());
    private final ClinicSettings clinic;
    private final Map<String, Object> settings;
    private final OpeningHours hours;
    private final Set<String> knownNames;

    StaffText(ClinicSettings clinic, Optional<PhoneNumber> frontDeskNumber, OpeningHours hours) {
        this.clinic = clinic;
        this.hours = hours;
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", clinic.name());
        settings.put("phone", Speech.phone(PhoneNumber.of(clinic.phone()).spoken()));
        settings.put("front_desk_number", Speech.phone(frontDeskNumber.orElse(PhoneNumber.of(clinic.phone())).spoken()));
        // left out, they are never said: the text message that needs them is not offered
        settings.put("address", clinic.address() == null ? "" : clinic.address());
        settings.put("booking_link", clinic.bookingLink() == null ? "" : clinic.bookingLink());
        settings.put("hours", "");
        this.settings = settings;
        Set<String> names = new java.util.TreeSet<>();
        settings.keySet().forEach(k -> names.add("clinic." + k));
        names.addAll(List.of("choice", "key", "day", "topic", "language", "opens", "closes", "date", "reason"));
        this.knownNames = Set.copyOf(names);
    }

    /** The settings as staff text reads them in one language: the hours are said in it. */
    private Map<String, Object> model(String language) {
        Map<String, Object> inLanguage = new LinkedHashMap<>(settings);
        inLanguage.put("hours", SpokenHours.of(hours, language));
        return Map.of("clinic", inLanguage);
    }

    Wording render(String language, PhoneTree tree, Map<EntryName, TextFile.Entry> entries, List<Problem> problems) {
        Map<String, Object> model = model(language);
        Map<EntryName, Template> templates = new HashMap<>();
        entries.forEach((name, entry) -> compile(entry, problems).ifPresent(t -> templates.put(name, t)));

        Map<EntryName, List<Speech>> passages = new HashMap<>();
        Map<EntryName, List<String>> words = new HashMap<>();
        Map<FixedEntry, Template> hoursTemplates = new HashMap<>();
        templates.forEach((name, template) -> {
            if (PATTERN_ENTRIES.contains(name)) {
                return;
            }
            if (name instanceof FixedEntry hours && FixedEntry.HOURS.contains(hours)) {
                Map<String, Object> sample = new HashMap<>(model);
                sample.putAll(SAMPLE_HOURS);
                render(entries.get(name), template, sample, problems).ifPresent(text -> hoursTemplates.put(hours, template));
                return;
            }
            TextFile.Entry entry = entries.get(name);
            render(entry, template, model, problems).ifPresent(text -> {
                if (name.isWordList()) {
                    words.put(name, phrases(text));
                } else {
                    List<Speech> parts = parts(text);
                    if (parts.isEmpty()) {
                        problems.add(new Problem(entry.file(), entry.line(), "[" + name + "] has no words; callers"
                                + " would hear nothing. Write what they should hear below the heading."));
                    }
                    passages.put(name, parts);
                }
            });
        });
        if (words.containsKey(FixedEntry.NUMBER_WORDS) && words.get(FixedEntry.NUMBER_WORDS).size() != 10) {
            TextFile.Entry entry = entries.get(FixedEntry.NUMBER_WORDS);
            problems.add(new Problem(entry.file(), entry.line(), "[" + FixedEntry.NUMBER_WORDS.text() + "] must list the ten"
                    + " numbers from zero to nine, in order, separated by commas."));
        }

        Map<String, Speech> options = new HashMap<>();
        Template option = templates.get(FixedEntry.OPTION);
        if (option != null) {
            for (String menu : tree.menus()) {
                for (PhoneTree.Option o : tree.options(menu)) {
                    String choice = first(passages.get(EntryName.option(o.target()))).plainText();
                    pattern(model, entries.get(FixedEntry.OPTION), option, Map.of("choice", choice, "key", o.key()), problems)
                            .ifPresent(s -> options.put(menu + "/" + o.key(), s));
                }
            }
        }
        Map<String, Speech> invalidKeys = new HashMap<>();
        Template invalid = templates.get(FixedEntry.INVALID_KEY);
        if (invalid != null) {
            String pound = first(passages.get(FixedEntry.POUND_KEY)).plainText();
            for (String key : INVALID_KEYS) {
                pattern(model, entries.get(FixedEntry.INVALID_KEY), invalid, Map.of("key", key.equals("#") ? pound : key), problems)
                        .ifPresent(s -> invalidKeys.put(key, s));
            }
        }
        Map<String, Speech> filled = new HashMap<>();
        Template callback = templates.get(FixedEntry.CALLBACK_ON);
        if (callback != null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                pattern(model, entries.get(FixedEntry.CALLBACK_ON), callback,
                        Map.of("day", SpokenHours.dayName(day, language)), problems)
                        .ifPresent(s -> filled.put(Wording.filled(FixedEntry.CALLBACK_ON, day.name()), s));
            }
        }
        Template whisper = templates.get(FixedEntry.WHISPER);
        if (whisper != null) {
            List<String> nodes = new ArrayList<>(tree.menus());
            nodes.addAll(tree.topics());
            for (String node : nodes) {
                String topic = first(passages.get(EntryName.topic(node))).plainText();
                if (topic.isEmpty()) {
                    topic = first(passages.get(EntryName.option(node))).plainText();
                }
                pattern(model, entries.get(FixedEntry.WHISPER), whisper, Map.of("topic", topic), problems)
                        .ifPresent(s -> filled.put(Wording.filled(FixedEntry.WHISPER, node), s));
            }
        }
        Template whisperLanguage = templates.get(FixedEntry.WHISPER_LANGUAGE);
        if (whisperLanguage != null) {
            for (String code : clinic.languages().keySet()) {
                String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(language));
                pattern(model, entries.get(FixedEntry.WHISPER_LANGUAGE), whisperLanguage, Map.of("language", name), problems)
                        .ifPresent(s -> filled.put(Wording.filled(FixedEntry.WHISPER_LANGUAGE, code), s));
            }
        }
        Template confirm = templates.get(FixedEntry.CONFIRM);
        if (confirm != null) {
            List<String> nodes = new ArrayList<>(tree.menus());
            nodes.addAll(tree.topics());
            nodes.add(PhoneTree.HOURS);
            for (String node : nodes) {
                String choice = first(passages.get(EntryName.option(node))).plainText();
                pattern(model, entries.get(FixedEntry.CONFIRM), confirm, Map.of("choice", choice), problems)
                        .ifPresent(s -> filled.put(Wording.filled(FixedEntry.CONFIRM, node), s));
            }
        }
        Map<EntryName, Source> sources = new HashMap<>();
        Map<EntryName, List<WrittenLine>> typed = new HashMap<>();
        entries.forEach((name, entry) -> {
            sources.put(name, entry.where());
            typed.put(name, entry.lines());
        });
        Map<EntryName, List<String>> lists = Map.copyOf(words);
        Map<EntryName, TextFile.Entry> written = Map.copyOf(entries);
        Function<EntryName, List<Source>> phraseSources = name -> lists.containsKey(name)
                ? phraseSources(written.get(name), lists.get(name)) : List.of();
        return new Wording(language, passages, words, options, invalidKeys, "", filled,
                new Wording.Written(sources, typed, phraseSources), hoursTemplates, model);
    }

    private Optional<Speech> pattern(Map<String, Object> model, TextFile.Entry entry, Template template,
                                     Map<String, Object> extra, List<Problem> problems) {
        Map<String, Object> withExtra = new HashMap<>(model);
        withExtra.putAll(extra);
        return render(entry, template, withExtra, problems).map(Speech::of);
    }

    private Optional<Template> compile(TextFile.Entry entry, List<Problem> problems) {
        List<Problem> placeholders = Placeholders.check(entry, knownNames);
        if (!placeholders.isEmpty()) {
            problems.addAll(placeholders);
            return Optional.empty();
        }
        Optional<String> plain = entry.plainWords();
        if (plain.isPresent()) {
            // most sentences have no setting in them: nothing for FreeMarker to read, they are said as typed
            return Optional.of(Template.getPlainTextTemplate(entry.file(), plain.get(), cfg));
        }
        try {
            return Optional.of(new Template(entry.file(), entry.source(), cfg));
        } catch (Exception e) {
            problems.add(Freemarker.problem(entry.file(), e, knownNames));
            return Optional.empty();
        }
    }

    private Optional<String> render(TextFile.Entry entry, Template template, Map<String, Object> values,
                                    List<Problem> problems) {
        try {
            return Optional.of(Freemarker.render(template, values));
        } catch (Exception e) {
            problems.add(Freemarker.problem(entry.file(), e, knownNames));
            return Optional.empty();
        }
    }

    /**
     * Where each phrase of a word list is written: the first line of the entry, from its first words
     * on, that holds it. The entry's source keeps the file's line numbers.
     */
    private static List<Source> phraseSources(TextFile.Entry entry, List<String> phrases) {
        String[] lines = entry.source().split("\n", -1);
        // each line normalized once, not once for each phrase looked for in it
        String[] normalLines = new String[lines.length];
        List<Source> where = new ArrayList<>();
        for (String phrase : phrases) {
            String wanted = " " + Vocabulary.normalize(phrase) + " ";
            int line = entry.textLine();
            for (int i = entry.textLine() - 1; i >= 0 && i < lines.length; i++) {
                if (normalLines[i] == null) {
                    normalLines[i] = " " + Vocabulary.normalize(lines[i]) + " ";
                }
                if (normalLines[i].contains(wanted)) {
                    line = i + 1;
                    break;
                }
            }
            where.add(new Source(entry.file(), line));
        }
        return where;
    }

    /** A word list: phrases separated by commas or new lines. */
    private static List<String> phrases(String text) {
        List<String> phrases = new ArrayList<>();
        for (String phrase : text.split("[,\n]")) {
            String p = phrase.replace(String.valueOf(Speech.PHONE_START), "").replace(String.valueOf(Speech.PHONE_END), "")
                    .strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                phrases.add(p);
            }
        }
        return phrases;
    }

    /** Parts of a long answer are separated by a line with three dashes. */
    private static List<Speech> parts(String text) {
        List<Speech> parts = new ArrayList<>();
        for (String part : text.split("(?m)^\\s*---+\\s*$")) {
            Speech speech = Speech.of(part);
            if (!speech.isEmpty()) {
                parts.add(speech);
            }
        }
        return parts;
    }

    private static Speech first(List<Speech> parts) {
        return parts == null || parts.isEmpty() ? new Speech(List.of()) : parts.get(0);
    }
}
