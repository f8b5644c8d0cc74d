package clinic.ivr.staff;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.ClinicYaml;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.LanguageWords;
import clinic.ivr.prompts.NodeEntry;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.TextLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone words page's form: the fields of a version (each sentence group in each language, the
 * clinic's settings, the week's hours, the special days, the menus' options) and the files the posted
 * fields make. Words are kept exactly as typed, line by line (a blank line is a short pause, a line of
 * {@code ---} starts the next part of an answer); the blank lines at the end of a box change nothing
 * callers hear and are not kept. Two things typed in a box would change the files' layout rather than
 * the words, so they are refused next to the box: a line starting with {@code #} (a note in the files,
 * never said) and a line that is a name in brackets (it would start a new entry).
 *
 * <p>Only words, numbers and hours come from the form: every entry, setting and menu name is the base
 * version's (or one the page made, for a new question), and the files are written by the prompts'
 * own writers, with every value quoted.
 */
final class PhoneWordsForm {

    /** A new question's name: its menu and a number, such as "faq-6". */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ENTRY_IN_MESSAGE = Pattern.compile("\\[([a-z0-9][a-z0-9.-]*)]");
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])(?::[0-5][0-9])?");
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*(?:-|–|to)\\s*(\\d{1,2}:\\d{2})\\s*");
    /** The settings shown as plain fields, by their path in clinic.yaml. */
    static final List<String> SETTINGS = List.of("name", "phone", "address", "booking_link", "front_desk.number",
            "front_desk.ring_seconds");

    /** A special day as a row of fields. */
    record Day(String date, boolean closed, String opens, String closes, List<String> names) {
        boolean blank() {
            return date.isBlank() && opens.isBlank() && closes.isBlank() && names.stream().allMatch(String::isBlank);
        }
    }

    private final PromptFiles base;
    private final ClinicSettings settings;
    private final List<String> languages;
    private final Set<String> baseTopics;
    private final Map<String, List<String>> menus;
    /** language to entry to its words, for every entry shown, in the order of the version's files. */
    private final Map<String, Map<EntryName, String>> words;
    private final Map<String, String> values;
    private final Map<String, String[]> week;
    private final List<Day> days;

    private PhoneWordsForm(PromptFiles base, ClinicSettings settings, Map<String, List<String>> menus,
                           Map<String, Map<EntryName, String>> words, Map<String, String> values, Map<String, String[]> week,
                           List<Day> days) {
        this.base = base;
        this.settings = settings;
        this.languages = List.copyOf(settings.languages().keySet());
        this.baseTopics = topics(ClinicYaml.readMenus(base).orElse(Map.of()));
        this.menus = menus;
        this.words = words;
        this.values = values;
        this.week = week;
        this.days = days;
    }

    /** The fields of a version as it is; empty when its settings or menus cannot be read at all. */
    static Optional<PhoneWordsForm> of(PromptFiles version) {
        Optional<ClinicSettings> settings = ClinicYaml.read(version);
        Optional<Map<String, List<String>>> menus = ClinicYaml.readMenus(version);
        if (settings.isEmpty() || menus.isEmpty()) {
            return Optional.empty();
        }
        ClinicSettings s = settings.get();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", text(s.name()));
        values.put("phone", text(s.phone()));
        values.put("address", text(s.address()));
        values.put("booking_link", text(s.bookingLink()));
        values.put("front_desk.number", text(s.frontDesk().number()));
        values.put("front_desk.ring_seconds", String.valueOf(s.frontDesk().ring()));
        Map<String, String[]> week = new LinkedHashMap<>();
        s.hours().weekly().forEach((day, hours) -> week.put(day, span(text(hours))));
        List<Day> days = new ArrayList<>();
        s.hours().special().forEach((date, value) -> {
            String[] parts = text(value).split(",", -1);
            String[] span = span(parts[0]);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < s.languages().size(); i++) {
                names.add(i + 1 < parts.length ? parts[i + 1].strip() : "");
            }
            days.add(new Day(date, span[0].equals("closed"), span[1], span[2], names));
        });
        Map<String, Map<EntryName, String>> words = new LinkedHashMap<>();
        for (String language : s.languages().keySet()) {
            Map<EntryName, String> entries = new LinkedHashMap<>();
            version.editable().forEach((name, text) -> {
                if (name.startsWith(language + "/") && name.endsWith(".txt")) {
                    TextLayout.parse(text).words().forEach((entry, typed) -> entries.putIfAbsent(EntryName.parse(entry), typed));
                }
            });
            words.put(language, entries);
        }
        // an entry one language has is shown, empty, in the others
        Set<EntryName> shown = new LinkedHashSet<>();
        words.values().forEach(w -> shown.addAll(w.keySet()));
        words.values().forEach(w -> shown.forEach(entry -> w.putIfAbsent(entry, "")));
        return Optional.of(new PhoneWordsForm(version, s, new LinkedHashMap<>(menus.get()), words, values, week, days));
    }

    /** The fields as posted, over the version they started from; a field that was not posted keeps its value. */
    static Optional<PhoneWordsForm> posted(PromptFiles base, Map<String, String> form) {
        return of(base).map(start -> start.with(form));
    }

    private PhoneWordsForm with(Map<String, String> form) {
        Map<String, List<String>> postedMenus = new LinkedHashMap<>();
        menus.forEach((menu, options) -> {
            String list = form.get("m." + menu);
            List<String> targets = new ArrayList<>();
            if (list == null) {
                targets.addAll(options);
            } else {
                for (String target : list.split(",")) {
                    String t = target.strip();
                    if (NAME.matcher(t).matches() && !targets.contains(t) && !t.equals(PhoneTree.MAIN)) {
                        targets.add(t);
                    }
                }
            }
            postedMenus.put(menu, targets);
        });
        Map<String, Map<EntryName, String>> postedWords = new LinkedHashMap<>();
        for (String language : languages) {
            Map<EntryName, String> entries = new LinkedHashMap<>();
            for (EntryName entry : shownEntries(postedMenus, language)) {
                String typed = form.get(field(language, entry));
                entries.put(entry, typed != null ? typed : words.get(language).getOrDefault(entry, ""));
            }
            postedWords.put(language, entries);
        }
        Map<String, String> postedValues = new LinkedHashMap<>();
        values.forEach((setting, value) -> postedValues.put(setting, form.getOrDefault("s." + setting, value)));
        Map<String, String[]> postedWeek = new LinkedHashMap<>();
        week.forEach((day, span) -> postedWeek.put(day, form.containsKey("h." + day + ".opens")
                || form.containsKey("h." + day + ".closes") ? new String[] {
                form.containsKey("h." + day + ".closed") ? "closed" : "",
                form.getOrDefault("h." + day + ".opens", ""), form.getOrDefault("h." + day + ".closes", "")} : span));
        List<Day> postedDays = new ArrayList<>();
        int count = form.containsKey("days") ? number(form.get("days"), 0, 200) : days.size();
        for (int i = 0; i < count; i++) {
            String p = "d." + i + ".";
            List<String> names = new ArrayList<>();
            for (String language : languages) {
                names.add(form.getOrDefault(p + "name." + language, ""));
            }
            postedDays.add(new Day(form.getOrDefault(p + "date", ""), form.containsKey(p + "closed"),
                    form.getOrDefault(p + "opens", ""), form.getOrDefault(p + "closes", ""), names));
        }
        return new PhoneWordsForm(base, settings, postedMenus, postedWords, postedValues, postedWeek, postedDays);
    }

    // ---- what the buttons that change the form's shape do

    PhoneWordsForm withDay() {
        List<Day> more = new ArrayList<>(days);
        more.add(new Day("", true, "", "", languages.stream().map(l -> "").toList()));
        return new PhoneWordsForm(base, settings, menus, words, values, week, more);
    }

    /** The first field of the last special day, where one just added is filled in. */
    String lastDayField() {
        return "d." + (days.size() - 1) + ".date";
    }

    PhoneWordsForm withoutDay(int index) {
        List<Day> fewer = new ArrayList<>(days);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new PhoneWordsForm(base, settings, menus, words, values, week, fewer);
    }

    /** A new question at the end of a menu, its words empty in every language. */
    PhoneWordsForm withQuestion(String menu) {
        if (!menus.containsKey(menu)) {
            return this;
        }
        // a new question's name is no menu's or topic's, nor an entry's of its own
        Set<String> taken = new LinkedHashSet<>(menus.keySet());
        menus.values().forEach(taken::addAll);
        words.values().forEach(w -> w.keySet().forEach(e -> taken.add(node(e).orElse(e.text()))));
        int n = menus.get(menu).size() + 1;
        while (taken.contains(menu + "-" + n)) {
            n++;
        }
        String topic = menu + "-" + n;
        Map<String, List<String>> more = new LinkedHashMap<>(menus);
        List<String> options = new ArrayList<>(menus.get(menu));
        options.add(topic);
        more.put(menu, options);
        Map<String, Map<EntryName, String>> moreWords = new LinkedHashMap<>();
        words.forEach((language, w) -> {
            Map<EntryName, String> copy = new LinkedHashMap<>(w);
            for (EntryName entry : List.of(EntryName.option(topic), EntryName.words(topic), EntryName.passage(topic))) {
                copy.putIfAbsent(entry, "");
            }
            moreWords.put(language, copy);
        });
        return new PhoneWordsForm(base, settings, more, moreWords, values, week, days);
    }

    /** The first box of a menu's last question (its option's name, in the first language): where a new one is written. */
    String lastQuestionField(String menu) {
        List<String> options = menus.get(menu);
        return field(languages.get(0), EntryName.option(options.get(options.size() - 1)));
    }

    /** Takes a question out of its menu; its words go with it. Menus and the hours stay. */
    PhoneWordsForm withoutQuestion(String topic) {
        if (!removable(topic)) {
            return this;
        }
        Map<String, List<String>> fewer = new LinkedHashMap<>();
        menus.forEach((menu, options) -> fewer.put(menu, options.stream().filter(o -> !o.equals(topic)).toList()));
        Map<String, Map<EntryName, String>> fewerWords = new LinkedHashMap<>();
        words.forEach((language, w) -> {
            Map<EntryName, String> copy = new LinkedHashMap<>(w);
            copy.keySet().removeIf(entry -> node(entry).filter(topic::equals).isPresent());
            fewerWords.put(language, copy);
        });
        return new PhoneWordsForm(base, settings, fewer, fewerWords, values, week, days);
    }

    boolean removable(String topic) {
        return !topic.equals(PhoneTree.HOURS) && !menus.containsKey(topic)
                && menus.values().stream().anyMatch(options -> options.contains(topic));
    }

    // ---- the files the fields make

    /**
     * The draft: the files the fields make, what was typed that the files cannot hold (refused next to its
     * box; the base's words stand in for it, so the rest is still checked), and where each line came from.
     */
    record Draft(PromptFiles files, Map<String, List<String>> typing, Map<String, TextLayout> layouts,
                 Map<Integer, String> settingsLines, Map<Integer, String> menuLines) {}

    Draft draft() {
        Map<String, List<String>> typing = new LinkedHashMap<>();
        Map<String, String> files = new TreeMap<>();
        Map<String, TextLayout> layouts = new LinkedHashMap<>();
        Set<EntryName> kept = keptEntries();
        for (String language : languages) {
            Set<EntryName> placed = new LinkedHashSet<>();
            Map<EntryName, String> typed = words.get(language);
            for (Map.Entry<String, String> file : base.editable().entrySet()) {
                if (!file.getKey().startsWith(language + "/") || !file.getKey().endsWith(".txt")) {
                    continue;
                }
                TextLayout layout = TextLayout.parse(file.getValue());
                for (TextLayout.Entry entry : layout.entries()) {
                    EntryName name = EntryName.parse(entry.name());
                    if (!kept.contains(name)) {
                        layout = layout.without(entry.name());
                    } else if (typed.containsKey(name) && placed.add(name)) {
                        layout = layout.withWords(entry.name(), checked(language, name, entry.words(), typing));
                    }
                }
                layouts.put(file.getKey(), layout);
            }
            for (EntryName entry : kept) {
                if (placed.contains(entry) || !typed.containsKey(entry)) {
                    continue;
                }
                String file = fileFor(language, entry, layouts);
                layouts.put(file, layouts.getOrDefault(file, TextLayout.parse(""))
                        .with(entry.text(), checked(language, entry, "", typing)));
            }
        }
        layouts.forEach((name, layout) -> files.put(name, layout.text()));
        ClinicYaml.Values settingValues = values(typing);
        Map<String, String> menuFields = new LinkedHashMap<>();
        menus.forEach((menu, options) -> menuFields.put(menu, options.isEmpty() ? "m." + menu
                : field(languages.get(0), EntryName.option(options.get(options.size() - 1)))));
        // settings and menus staff did not change keep their file as it was, notes and all
        ClinicYaml.Written yaml = unchanged().values(new LinkedHashMap<>()).equals(settingValues)
                ? kept(PromptFiles.SETTINGS, settingValues.fields()) : ClinicYaml.settings(settingValues);
        ClinicYaml.Written tree = menus.equals(ClinicYaml.readMenus(base).orElse(Map.of()))
                ? kept(PromptFiles.TREE, menuFields) : ClinicYaml.menus(menus, menuFields);
        files.put(PromptFiles.SETTINGS, yaml.text());
        files.put(PromptFiles.TREE, tree.text());
        return new Draft(PromptFiles.of(files), typing, layouts, yaml.fields(), tree.fields());
    }

    /** The base version's form, to tell which settings staff changed. */
    private PhoneWordsForm unchanged() {
        return of(base).orElse(this);
    }

    /** A file of the base as it is, each of its lines mapped to the field of the setting (or menu) written there. */
    private ClinicYaml.Written kept(String file, Map<String, String> fieldsByPath) {
        Map<Integer, String> fields = new LinkedHashMap<>();
        ClinicYaml.lines(base, file).forEach((path, line) -> {
            String field = fieldsByPath.get(path);
            for (String p = path; field == null && p.contains("."); p = p.substring(0, p.lastIndexOf('.'))) {
                field = fieldsByPath.get(p.substring(0, p.lastIndexOf('.')));
            }
            if (field == null && path.startsWith("hours.special_days.")) {
                field = specialDayField(path.substring("hours.special_days.".length()));
            }
            if (field != null) {
                fields.put(line, field);
            }
        });
        return new ClinicYaml.Written(base.text(file).orElse(""), fields);
    }

    private String specialDayField(String date) {
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).date().strip().equals(date)) {
                return "d." + i + ".date";
            }
        }
        return null;
    }

    /**
     * The entries the draft keeps: every entry shown, but an optional one (a menu's introduction, how the
     * whisper names a topic) left empty in every language, which staff removed that way.
     */
    private Set<EntryName> keptEntries() {
        PhoneTree tree = new PhoneTree(treeOf(menus));
        Set<EntryName> optional = LanguageWords.optional(tree);
        Set<EntryName> kept = new LinkedHashSet<>();
        for (String language : languages) {
            for (EntryName entry : words.get(language).keySet()) {
                boolean empty = languages.stream().allMatch(l -> words.get(l).getOrDefault(entry, "").isBlank());
                if (!(optional.contains(entry) && empty)) {
                    kept.add(entry);
                }
            }
        }
        return kept;
    }

    /** The words as the file will hold them; typing the file cannot hold is refused, and the base's words kept. */
    private String checked(String language, EntryName entry, String before, Map<String, List<String>> typing) {
        String typed = words.get(language).getOrDefault(entry, "");
        List<String> refused = new ArrayList<>();
        // in a list of what callers may say, a # line is a note that groups the list, as in the shipped files
        boolean notesAllowed = entry.isWordList();
        for (String line : typed.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.stripLeading().startsWith("#") && !notesAllowed) {
                refused.add("A line that starts with # is a note in the prompts files: callers would never hear \""
                        + line.strip() + "\". Write the word you mean (such as \"pound\" for the key) instead of #.");
            } else if (TextLayout.isHeading(line)) {
                refused.add("\"" + line.strip() + "\" on a line of its own would start a new entry in the prompts"
                        + " files, and callers would never hear it. Remove the brackets.");
            }
        }
        if (refused.isEmpty()) {
            return typed;
        }
        typing.put(field(language, entry), refused);
        return before;
    }

    /** A new entry goes where its neighbours are: its topic's menu's file, else the file of the same name. */
    private String fileFor(String language, EntryName entry, Map<String, TextLayout> layouts) {
        Optional<String> topic = node(entry);
        Optional<String> menu = topic.flatMap(t -> menus.entrySet().stream().filter(m -> m.getValue().contains(t))
                .map(Map.Entry::getKey).findFirst());
        List<String> neighbours = new ArrayList<>();
        menu.ifPresent(m -> neighbours.addAll(menus.get(m)));
        topic.ifPresent(neighbours::add);
        for (String neighbour : neighbours) {
            String option = EntryName.option(neighbour).text();
            for (Map.Entry<String, TextLayout> layout : layouts.entrySet()) {
                if (layout.getKey().startsWith(language + "/") && layout.getValue().entry(option).isPresent()) {
                    return layout.getKey();
                }
            }
        }
        for (String other : languages) {
            for (Map.Entry<String, TextLayout> layout : layouts.entrySet()) {
                if (layout.getKey().startsWith(other + "/") && layout.getValue().entry(entry.text()).isPresent()) {
                    String same = language + layout.getKey().substring(other.length());
                    if (layouts.containsKey(same) || other.equals(language)) {
                        return same;
                    }
                }
            }
        }
        return layouts.keySet().stream().filter(f -> f.startsWith(language + "/")).findFirst()
                .orElse(language + "/" + (menu.orElse(PhoneTree.MAIN)) + ".txt");
    }

    private ClinicYaml.Values values(Map<String, List<String>> typing) {
        Map<String, String> fields = new LinkedHashMap<>();
        SETTINGS.forEach(setting -> fields.put(setting, "s." + setting));
        Map<String, String> weekly = new LinkedHashMap<>();
        week.forEach((day, span) -> {
            fields.put("hours." + day, "h." + day + ".opens");
            weekly.put(day, hours(span[0].equals("closed"), span[1], span[2], "h." + day + ".opens",
                    "the hours of " + capital(day), typing));
        });
        List<ClinicYaml.SpecialDay> special = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            if (day.blank()) {
                continue;
            }
            String field = "d." + i + ".date";
            for (String name : day.names()) {
                if (name.contains(",")) {
                    typing.computeIfAbsent(field, f -> new ArrayList<>()).add("A special day's name cannot contain a"
                            + " comma (\"" + name.strip() + "\"): the settings file separates the names with commas.");
                }
            }
            special.add(new ClinicYaml.SpecialDay(day.date().strip(), hours(day.closed(), day.opens(), day.closes(), field,
                    "this special day's hours", typing), day.names().stream().map(n -> n.replace(",", " ")).toList(), field));
        }
        Map<String, ClinicSettings.Voice> voices = new LinkedHashMap<>(settings.languages());
        return new ClinicYaml.Values(values.get("name"), values.get("phone"), values.get("address"),
                values.get("booking_link"), values.get("front_desk.number"), values.get("front_desk.ring_seconds"),
                settings.hours().timeZone(), weekly, special, voices, fields);
    }

    /** "closed", or the two times as the settings write them ("8:00-19:00"); a time left out is refused. */
    private static String hours(boolean closed, String opens, String closes, String field, String what,
                                Map<String, List<String>> typing) {
        if (closed) {
            return "closed";
        }
        Matcher o = TIME.matcher(opens.strip());
        Matcher c = TIME.matcher(closes.strip());
        if (!o.matches() || !c.matches()) {
            typing.computeIfAbsent(field, f -> new ArrayList<>()).add("Give " + what + ": an opening and a closing"
                    + " time, or tick Closed.");
            return "closed";
        }
        return Integer.parseInt(o.group(1)) + ":" + o.group(2) + "-" + Integer.parseInt(c.group(1)) + ":" + c.group(2);
    }

    // ---- problems, next to their fields

    /** The field a problem belongs to, if it belongs to one. */
    Optional<String> fieldOf(Problem problem, Draft draft) {
        String file = problem.file();
        if (file.equals("FRONT_DESK_NUMBER")) {
            return Optional.of("s.front_desk.number");
        }
        String prefix = draft.files().root() + "/";
        String name = file.startsWith(prefix) ? file.substring(prefix.length()) : file;
        if (name.equals(PromptFiles.SETTINGS)) {
            return Optional.ofNullable(draft.settingsLines().get(problem.line()));
        }
        if (name.equals(PromptFiles.TREE)) {
            return Optional.ofNullable(draft.menuLines().get(problem.line()));
        }
        String language = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
        if (!languages.contains(language)) {
            return Optional.empty();
        }
        TextLayout layout = draft.layouts().get(name);
        Optional<String> entry = layout != null && problem.line() > 0 ? layout.entryAt(problem.line()) : Optional.empty();
        if (entry.isEmpty()) {
            Matcher m = ENTRY_IN_MESSAGE.matcher(problem.message());
            entry = m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
        return entry.map(EntryName::parse).filter(e -> words.get(language).containsKey(e)).map(e -> field(language, e));
    }

    // ---- what the page shows

    PromptFiles base() {
        return base;
    }

    List<String> languages() {
        return languages;
    }

    ClinicSettings settings() {
        return settings;
    }

    Map<String, List<String>> menus() {
        return menus;
    }

    Map<String, Map<EntryName, String>> words() {
        return words;
    }

    String value(String setting) {
        return values.getOrDefault(setting, "");
    }

    Map<String, String[]> week() {
        return week;
    }

    List<Day> days() {
        return days;
    }

    /** A question the page added: it is not in the base version's menus. */
    boolean isNew(String topic) {
        return !baseTopics.contains(topic);
    }

    /** The notes above each entry, each file read once for the page rather than once an entry. */
    private Map<EntryName, String> notes;

    /** The notes above an entry in the first language's files: what it is for. */
    String notes(EntryName entry) {
        if (notes == null) {
            Map<EntryName, String> found = new HashMap<>();
            for (String language : languages) {
                for (Map.Entry<String, String> file : base.editable().entrySet()) {
                    if (file.getKey().startsWith(language + "/") && file.getKey().endsWith(".txt")) {
                        TextLayout.parse(file.getValue()).entries()
                                .forEach(e -> found.putIfAbsent(EntryName.parse(e.name()), e.notes()));
                    }
                }
            }
            notes = found;
        }
        return notes.getOrDefault(entry, "");
    }

    /** The form's field of an entry's box in a language: "w.en.faq.option". */
    static String field(String language, EntryName entry) {
        return "w." + language + "." + entry.text();
    }

    /** Entries shown for these menus in a language: the base's, and the words of each new question. */
    private List<EntryName> shownEntries(Map<String, List<String>> withMenus, String language) {
        Set<String> topics = topics(withMenus);
        List<EntryName> entries = new ArrayList<>();
        for (EntryName entry : words.get(language).keySet()) {
            if (node(entry).filter(owner -> baseTopics.contains(owner) && !topics.contains(owner)
                    && !withMenus.containsKey(owner)).isEmpty()) {
                entries.add(entry);
            }
        }
        for (String topic : topics) {
            if (!baseTopics.contains(topic) && !withMenus.containsKey(topic)) {
                for (EntryName entry : List.of(EntryName.option(topic), EntryName.words(topic), EntryName.passage(topic))) {
                    if (!entries.contains(entry)) {
                        entries.add(entry);
                    }
                }
            }
        }
        return entries;
    }

    /** The menu or topic an entry belongs to, such as faq for [faq.option]; none for the line's own sentences. */
    private static Optional<String> node(EntryName entry) {
        return entry instanceof NodeEntry n ? Optional.of(n.node()) : Optional.empty();
    }

    private static Set<String> topics(Map<String, List<String>> menus) {
        Set<String> topics = new LinkedHashSet<>();
        menus.values().forEach(topics::addAll);
        return topics;
    }

    private static Map<String, List<PhoneTree.Option>> treeOf(Map<String, List<String>> menus) {
        Map<String, List<PhoneTree.Option>> tree = new LinkedHashMap<>();
        menus.forEach((menu, options) -> {
            List<PhoneTree.Option> list = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                list.add(new PhoneTree.Option(String.valueOf(i + 1), options.get(i)));
            }
            tree.put(menu, list);
        });
        return tree;
    }

    /** "closed", or the opening and closing times as a time field holds them ("08:00"). */
    private static String[] span(String value) {
        if (value.strip().equalsIgnoreCase("closed")) {
            return new String[] {"closed", "", ""};
        }
        Matcher m = RANGE.matcher(value);
        if (m.matches()) {
            return new String[] {"", pad(m.group(1)), pad(m.group(2))};
        }
        return new String[] {"", "", ""};
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static int number(String value, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return min;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String capital(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
