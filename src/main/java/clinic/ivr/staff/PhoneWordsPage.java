package clinic.ivr.staff;

import clinic.ivr.checks.Listening;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.NodeEntry;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.Validation;
import clinic.ivr.twiml.TwimlRenderer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phone words page ({@code phone-words.ftlh}): what callers hear, section by section, English and
 * Spanish side by side, one box per sentence group with its label; the settings as real fields; each
 * problem the checks found next to its field (and listed at the top, linking to it); a Listen button
 * next to every menu and answer.
 */
final class PhoneWordsPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sections of sentences, in the order callers meet them; anything else is under "Other sentences". */
    private static final List<FixedEntry> WELCOME = List.of(FixedEntry.WELCOME, FixedEntry.LANGUAGE_OFFER);
    private static final List<FixedEntry> EVERY_MENU = List.of(FixedEntry.OPTION, FixedEntry.ASK_ANYTHING,
            FixedEntry.FRONT_DESK_OPTION, FixedEntry.REPEAT_OPTION, FixedEntry.MAIN_MENU_OPTION, FixedEntry.SLOWER_OPTION,
            FixedEntry.NORMAL_PACE_OPTION, FixedEntry.SKIP_OPTION, FixedEntry.POUND_KEY, FixedEntry.SLOWER_NOW,
            FixedEntry.NORMAL_PACE_NOW, FixedEntry.WAIT_NOW, FixedEntry.YOU_ARE_WELCOME, FixedEntry.CONFIRM, FixedEntry.CONFIRM_FRONT_DESK,
            FixedEntry.WHO_THE_DESK_IS);
    private static final List<FixedEntry> DESK = List.of(FixedEntry.FRONT_DESK_CONNECTING, FixedEntry.AFTER_MISSES,
            FixedEntry.FRONT_DESK_UNAVAILABLE, FixedEntry.FRONT_DESK_MISSED, FixedEntry.DESK_CLOSED, FixedEntry.MESSAGE_OPTION,
            FixedEntry.TRY_AGAIN_OPTION, FixedEntry.MESSAGE_INSTRUCTIONS, FixedEntry.RECORDING_EMPTY, FixedEntry.MESSAGE_SAVED,
            FixedEntry.MESSAGE_NOT_SAVED, FixedEntry.CALLBACK_TODAY, FixedEntry.CALLBACK_TOMORROW, FixedEntry.CALLBACK_ON,
            FixedEntry.WHISPER, FixedEntry.WHISPER_LANGUAGE, FixedEntry.MAIN_TOPIC, FixedEntry.TEXT_OPTION, FixedEntry.TEXT_SENT,
            FixedEntry.TEXT_FAILED, FixedEntry.TEXT_MESSAGE, FixedEntry.ASK_THE_DESK, FixedEntry.DIRECTIONS,
            FixedEntry.DIRECTIONS_UNKNOWN);
    private static final Map<FixedEntry, String> TITLES = Map.ofEntries(
            Map.entry(FixedEntry.EMERGENCY, "Emergency notice"),
            Map.entry(FixedEntry.WELCOME, "Welcome"),
            Map.entry(FixedEntry.LANGUAGE_OFFER, "Offer of the other language (said in that language)"),
            Map.entry(FixedEntry.OPTION, "How every option is said (${choice} and ${key})"),
            Map.entry(FixedEntry.POUND_KEY, "The name of the pound key"),
            Map.entry(FixedEntry.MAIN_TOPIC, "How the whisper to staff names the main menu"),
            Map.entry(FixedEntry.NUMBER_WORDS, "The numbers zero to nine, as callers say them"));

    /** Placeholders staff may use, and what each says. */
    static final List<Map<String, String>> LEGEND = List.of(
            Map.of("name", "${clinic.name}", "says", "the clinic's name"),
            Map.of("name", "${clinic.phone}", "says", "the clinic's number, digit by digit"),
            Map.of("name", "${clinic.front_desk_number}", "says", "the front desk's number, digit by digit"),
            Map.of("name", "${clinic.address}", "says", "the address (only where it is set)"),
            Map.of("name", "${clinic.booking_link}", "says", "the booking link (only in the text message)"),
            Map.of("name", "${clinic.hours}", "says", "the usual week, such as \"Monday to Friday, 8 AM to 7 PM\""),
            Map.of("name", "${choice} and ${key}", "says", "an option's words and its key, in how every option is said"),
            Map.of("name", "${opens}, ${closes}, ${day}, ${date}, ${reason}", "says",
                    "in the hours words: today's times, a special day's name, the next opening, why the clinic closed"));

    private final PhoneWordsForm form;
    private final PhoneWordsForm.Draft draft;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<Map<String, String>> summary = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> placeholders;

    /**
     * @param checked      the draft's problems, when it was checked; empty when the page shows a version as it is
     * @param placeholders what each placeholder says, by language, from the last version that loaded
     */
    PhoneWordsPage(PhoneWordsForm form, Optional<Validation> checked, Map<String, Map<String, String>> placeholders) {
        this.form = form;
        this.draft = form.draft();
        this.placeholders = placeholders;
        labelFields();
        draft.typing().forEach((field, messages) -> messages.forEach(m -> problem(Optional.of(field), m)));
        checked.ifPresent(v -> v.errors().forEach(p -> problem(form.fieldOf(p, draft), plain(p))));
    }

    PhoneWordsForm.Draft draft() {
        return draft;
    }

    /** Problems found, typed or checked, or the name missing: a draft with any is never published. */
    int problems() {
        return summary.size();
    }

    /** The name Publish asks for is missing: one more problem, in the summary too, leading to the name's field. */
    void nameMissing(String message) {
        summary.add(Map.of("href", "#author", "text", "Your name or initials: " + message));
    }

    private void problem(Optional<String> field, String message) {
        if (field.isPresent() && labels.containsKey(field.get())) {
            errors.computeIfAbsent(field.get(), f -> new ArrayList<>()).add(message);
            summary.add(Map.of("href", "#" + field.get(), "text", labels.get(field.get()) + ": " + message));
        } else {
            summary.add(Map.of("href", "", "text", message));
        }
    }

    /** A problem as staff read it next to a field: the words, without the file and line a developer needs. */
    private static String plain(Problem p) {
        return p.message().isEmpty() ? p.toString() : Character.toUpperCase(p.message().charAt(0)) + p.message().substring(1);
    }

    /** The page's model: everything the template reads. */
    Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sections", sections());
        model.put("clinicFields", clinicFields());
        model.put("week", week());
        model.put("days", days());
        model.put("dayCount", String.valueOf(form.days().size()));
        model.put("languages", form.languages().stream().map(l -> Map.of("code", l, "name", language(l))).toList());
        model.put("menus", form.menus().entrySet().stream().map(m -> Map.of("name", m.getKey(),
                "value", String.join(",", m.getValue()))).toList());
        model.put("summary", summary);
        model.put("legend", LEGEND);
        model.put("timeZone", String.valueOf(form.settings().hours().timeZone()).replace('_', ' '));
        model.put("wordsPerMinute", String.valueOf(Listening.WORDS_PER_MINUTE));
        model.put("slowRate", TwimlRenderer.SLOW_RATE);
        model.put("slowPace", String.valueOf(Listening.SLOW_PACE));
        return model;
    }

    // ---- the sentences

    private List<Map<String, Object>> sections() {
        Set<EntryName> placed = new LinkedHashSet<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        sections.add(section("emergency", "Emergency notice", "The first sentence of every call.",
                List.of(group("", List.of(FixedEntry.EMERGENCY), placed, List.of()))));
        sections.add(section("welcome", "Welcome", "Said right after the emergency notice.",
                List.of(group("", WELCOME, placed, List.of()))));
        for (Map.Entry<String, List<String>> menu : form.menus().entrySet()) {
            sections.add(menu(menu.getKey(), menu.getValue(), placed));
        }
        sections.add(section("every-menu", "Sentences of every menu", "How options are said, the keys that work in"
                + " every menu, and what the line says when it needs to ask again.", List.of(group("", EVERY_MENU, placed,
                List.of()))));
        sections.add(section("desk", "Front desk and voicemail words", "Putting callers through, when the desk is"
                + " closed or cannot answer, messages, the whisper staff hear, and the text message.",
                List.of(group("", DESK, placed, List.of()))));
        sections.add(section("hours-words", "Hours words", "How the hours are said; the times come from the hours and"
                + " holidays below.", List.of(group("", List.copyOf(FixedEntry.HOURS), placed, List.of()))));
        // the phrases of a menu or topic are shown under it; here, those of the commands every menu has
        List<EntryName> phrases = entries().stream().filter(PhoneWordsPage::isCommandWords).toList();
        sections.add(section("phrases", "Example phrases callers may say", "What callers may say instead of pressing a"
                + " key: one phrase a line, or several separated by commas. The line understands close wordings too.",
                List.of(group("", phrases, placed, List.of()))));
        List<EntryName> rest = entries().stream().filter(e -> !placed.contains(e)).toList();
        if (!rest.isEmpty()) {
            sections.add(section("other", "Other sentences", "", List.of(group("", rest, placed, List.of()))));
        }
        return sections;
    }

    private Map<String, Object> menu(String menu, List<String> options, Set<EntryName> placed) {
        boolean main = menu.equals(PhoneTree.MAIN);
        List<Map<String, Object>> groups = new ArrayList<>();
        groups.add(group("", List.of(EntryName.passage(menu)), placed, List.of(listen(menu, "the " + menuName(menu) + " menu",
                menuSay(menu, options)))));
        for (int i = 0; i < options.size(); i++) {
            String target = options.get(i);
            String key = String.valueOf(i + 1);
            List<EntryName> entries = List.of(EntryName.option(target), EntryName.words(target),
                    EntryName.passage(target), EntryName.topic(target), EntryName.back(target));
            boolean answer = !form.menus().containsKey(target) && !target.equals(PhoneTree.HOURS);
            List<Map<String, Object>> listens = answer ? List.of(listen(target, "the answer " + optionWords(target),
                    language -> List.of(Map.of("f", PhoneWordsForm.field(language, EntryName.passage(target)))))) : List.of();
            Map<String, Object> group = group("Key " + key + ": " + optionWords(target), entries, placed, listens);
            group.put("remove", form.removable(target) ? target : "");
            group.put("isNew", form.isNew(target));
            groups.add(group);
        }
        Map<String, Object> section = section("menu-" + menu, main ? "Main menu" : "Menu: " + menuName(menu),
                "Each option is said as \"For <its words>, press <its key>\", in this order. At most five options.", groups);
        section.put("menu", menu);
        return section;
    }

    private Map<String, Object> section(String id, String title, String intro, List<Map<String, Object>> groups) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("id", id);
        section.put("title", title);
        section.put("intro", intro);
        section.put("groups", groups);
        section.put("menu", "");
        return section;
    }

    /** A group of entries under one title; each entry shown once on the page. */
    private Map<String, Object> group(String title, List<? extends EntryName> entries, Set<EntryName> placed,
                                      List<Map<String, Object>> listens) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (EntryName entry : entries) {
            if (entries().contains(entry) && placed.add(entry)) {
                shown.add(entry(entry));
            }
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("title", title);
        group.put("entries", shown);
        group.put("listens", listens);
        group.put("remove", "");
        group.put("isNew", false);
        return group;
    }

    private Map<String, Object> entry(EntryName entry) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String language : form.languages()) {
            String id = PhoneWordsForm.field(language, entry);
            String value = form.words().get(language).getOrDefault(entry, "");
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("id", id);
            field.put("label", labels.get(id));
            field.put("lang", language);
            field.put("language", language(language));
            field.put("value", value);
            field.put("rows", String.valueOf(Math.max(2, Math.min(24, value.split("\n", -1).length + 1))));
            field.put("errors", errors.getOrDefault(id, List.of()));
            fields.add(field);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", entry.text());
        model.put("title", title(entry));
        model.put("hint", form.notes(entry));
        model.put("hintId", "hint-" + entry.text());
        model.put("fields", fields);
        return model;
    }

    /** Every entry the form shows, in the first language's order. */
    private List<EntryName> entries() {
        Set<EntryName> all = new LinkedHashSet<>();
        form.words().values().forEach(w -> all.addAll(w.keySet()));
        return List.copyOf(all);
    }

    // ---- Listen: what the browser speaks, from the boxes as they are when the button is pressed

    private interface Say {
        List<Map<String, String>> in(String language);
    }

    /** The menu as callers hear it: its introduction, each option, then the lines that end every menu. */
    private Say menuSay(String menu, List<String> options) {
        return language -> {
            List<Map<String, String>> say = new ArrayList<>();
            EntryName introduction = EntryName.passage(menu);
            if (entries().contains(introduction)) {
                say.add(Map.of("f", PhoneWordsForm.field(language, introduction)));
            }
            for (int i = 0; i < options.size(); i++) {
                say.add(Map.of("f", PhoneWordsForm.field(language, FixedEntry.OPTION),
                        "choice", PhoneWordsForm.field(language, EntryName.option(options.get(i))), "key", String.valueOf(i + 1)));
            }
            List<FixedEntry> closing = menu.equals(PhoneTree.MAIN)
                    ? List.of(FixedEntry.ASK_ANYTHING, FixedEntry.SLOWER_OPTION, FixedEntry.FRONT_DESK_OPTION, FixedEntry.REPEAT_OPTION)
                    : List.of(FixedEntry.MAIN_MENU_OPTION, FixedEntry.FRONT_DESK_OPTION, FixedEntry.REPEAT_OPTION);
            closing.forEach(entry -> say.add(Map.of("f", PhoneWordsForm.field(language, entry))));
            return say;
        };
    }

    private Map<String, Object> listen(String name, String what, Say say) {
        List<Map<String, String>> buttons = new ArrayList<>();
        for (String language : form.languages()) {
            Map<String, String> button = new LinkedHashMap<>();
            button.put("id", "listen-" + language + "-" + name);
            button.put("label", "Listen to " + what + " in " + language(language));
            button.put("voice", form.settings().languages().get(language).language());
            button.put("lang", language);
            button.put("say", json(say.in(language)));
            button.put("values", json(placeholders.getOrDefault(language, Map.of())));
            buttons.add(button);
        }
        return Map.of("buttons", buttons);
    }

    // ---- the settings

    private List<Map<String, Object>> clinicFields() {
        Map<String, String[]> kinds = new LinkedHashMap<>();
        kinds.put("name", new String[] {"The clinic's name, as callers hear it", "text", "organization"});
        kinds.put("phone", new String[] {"The clinic's phone number", "tel", "tel"});
        kinds.put("address", new String[] {"The clinic's street address (sent by text message)", "text", "street-address"});
        kinds.put("booking_link", new String[] {"The web page where callers book a visit", "url", "url"});
        kinds.put("front_desk.number", new String[] {"The front desk's phone number", "tel", "tel"});
        kinds.put("front_desk.ring_seconds", new String[] {"Seconds to ring the front desk", "number", "off"});
        List<Map<String, Object>> fields = new ArrayList<>();
        kinds.forEach((setting, kind) -> {
            String id = "s." + setting;
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("id", id);
            field.put("label", kind[0]);
            field.put("type", kind[1]);
            field.put("autocomplete", kind[2]);
            field.put("value", form.value(setting));
            field.put("errors", errors.getOrDefault(id, List.of()));
            field.put("hint", setting.endsWith("number") || setting.equals("phone")
                    ? "A plus sign, the country code and the number, such as +12125985913." : "");
            fields.add(field);
        });
        return fields;
    }

    private List<Map<String, Object>> week() {
        List<Map<String, Object>> rows = new ArrayList<>();
        form.week().forEach((day, span) -> {
            String id = "h." + day + ".opens";
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", day);
            row.put("name", PhoneWordsForm.capital(day));
            row.put("closed", span[0].equals("closed"));
            row.put("opens", span[1]);
            row.put("closes", span[2]);
            row.put("errors", errors.getOrDefault(id, List.of()));
            rows.add(row);
        });
        return rows;
    }

    private List<Map<String, Object>> days() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < form.days().size(); i++) {
            PhoneWordsForm.Day day = form.days().get(i);
            List<Map<String, String>> names = new ArrayList<>();
            for (int l = 0; l < form.languages().size(); l++) {
                String language = form.languages().get(l);
                names.add(Map.of("id", "d." + i + ".name." + language, "label", "Its name in " + language(language),
                        "lang", language, "value", l < day.names().size() ? day.names().get(l) : ""));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", String.valueOf(i));
            row.put("number", String.valueOf(i + 1));
            row.put("date", day.date());
            row.put("closed", day.closed());
            row.put("opens", day.opens());
            row.put("closes", day.closes());
            row.put("names", names);
            row.put("errors", errors.getOrDefault("d." + i + ".date", List.of()));
            rows.add(row);
        }
        return rows;
    }

    /** Each field's label, as the summary of problems names it. */
    private void labelFields() {
        for (EntryName entry : entries()) {
            for (String language : form.languages()) {
                labels.put(PhoneWordsForm.field(language, entry), title(entry) + " (" + language(language) + ")");
            }
        }
        for (String setting : PhoneWordsForm.SETTINGS) {
            labels.put("s." + setting, switch (setting) {
                case "name" -> "The clinic's name";
                case "phone" -> "The clinic's phone number";
                case "address" -> "The clinic's street address";
                case "booking_link" -> "The booking link";
                case "front_desk.number" -> "The front desk's phone number";
                default -> "Seconds to ring the front desk";
            });
        }
        form.week().keySet().forEach(day -> labels.put("h." + day + ".opens", "The hours of " + PhoneWordsForm.capital(day)));
        for (int i = 0; i < form.days().size(); i++) {
            labels.put("d." + i + ".date", "Special day " + (i + 1));
        }
    }

    // ---- words for people

    /** What an entry is, in plain words. */
    private String title(EntryName entry) {
        String fixed = TITLES.get(entry);
        if (fixed != null) {
            return fixed;
        }
        if (entry instanceof NodeEntry n && (form.menus().containsKey(n.node())
                || form.menus().values().stream().anyMatch(o -> o.contains(n.node())))) {
            return switch (n.kind()) {
                case PASSAGE -> form.menus().containsKey(n.node()) ? "Introduction of the menu, said before its options"
                        : "The answer (a line with only --- starts the next part)";
                case OPTION -> "How the option is named";
                case WORDS -> "What callers may say to choose it";
                case TOPIC -> "How the whisper to staff names it";
                case BACK -> "How to come back to this menu after an answer";
            };
        }
        if (isCommandWords(entry)) {
            return "What callers may say: " + entry.wordsFor().orElseThrow().replace('-', ' ');
        }
        return PhoneWordsForm.capital(entry.text().replace('-', ' ').replace('.', ' '));
    }

    /** What callers may say for a command every menu has ([words.front-desk]), not for a menu or topic. */
    private static boolean isCommandWords(EntryName entry) {
        return entry.isWordList() && !(entry instanceof NodeEntry);
    }

    /** An option's words in the first language, such as "who it helps"; its name when it has none yet. */
    private String optionWords(String target) {
        String words = form.words().get(form.languages().get(0)).getOrDefault(EntryName.option(target), "").strip();
        return words.isEmpty() ? (form.isNew(target) ? "a new question" : target) : words.replaceAll("\\s+", " ");
    }

    /** "main", or a submenu as its option names it ("common questions"). */
    private String menuName(String menu) {
        return menu.equals(PhoneTree.MAIN) ? "main" : optionWords(menu);
    }

    private static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
