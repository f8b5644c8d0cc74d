package clinic.ivr.prompts;

import clinic.ivr.flow.PhoneTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language folders ({@code en/}, {@code es/}): their text files read into entries, checked
 * for what each language must say, and rendered into each language's {@link Wording}.
 */
public final class LanguageWords {

    private LanguageWords() {}

    /** Every language's wording, in the settings' order; problems for anything missing or unknown. */
    static Map<String, Wording> read(List<String> languages, PhoneTree tree, PromptFiles files, StaffText text,
                                     List<Problem> problems) {
        Map<String, Map<EntryName, TextFile.Entry>> written = new LinkedHashMap<>();
        for (String language : languages) {
            written.put(language, entries(language, files, problems));
        }
        Map<String, Wording> wordings = new LinkedHashMap<>();
        for (String language : languages) {
            wordings.put(language, wording(language, tree, written, files, text, problems));
        }
        return wordings;
    }

    /** The entries of one language's text files, by name; null when the folder has no text files. */
    private static Map<EntryName, TextFile.Entry> entries(String language, PromptFiles files, List<Problem> problems) {
        Map<EntryName, TextFile.Entry> entries = new LinkedHashMap<>();
        List<String> textFiles = files.list(language, ".txt");
        if (textFiles.isEmpty()) {
            problems.add(new Problem(files.display(language), 0, files.hasFolder(language)
                    ? "the " + language + " folder has no .txt files; each language needs the words of every menu."
                    : "this folder is missing."));
            return null;
        }
        for (String file : textFiles) {
            String name = files.display(file);
            files.text(file).ifPresent(content -> {
                for (TextFile.Entry entry : TextFile.parse(name, content, problems)) {
                    TextFile.Entry earlier = entries.putIfAbsent(EntryName.parse(entry.name()), entry);
                    if (earlier != null) {
                        problems.add(new Problem(name, entry.line(), "[" + entry.name() + "] is already written in "
                                + earlier.file() + " line " + earlier.line() + "; keep one of them."));
                    }
                }
            });
        }
        return entries;
    }

    private static Wording wording(String language, PhoneTree tree, Map<String, Map<EntryName, TextFile.Entry>> written,
                                   PromptFiles files, StaffText text, List<Problem> problems) {
        Map<EntryName, TextFile.Entry> entries = written.get(language);
        if (entries == null) {
            return text.render(language, tree, Map.of(), problems);
        }
        List<EntryName> required = required(tree);
        for (EntryName name : required) {
            if (!entries.containsKey(name)) {
                problems.add(missing(language, name, tree, written, files));
            }
        }
        Set<EntryName> known = Set.copyOf(required);
        Set<EntryName> optional = optional(tree);
        entries.forEach((name, e) -> {
            if (!known.contains(name) && !optional.contains(name)) {
                problems.add(new Problem(e.file(), e.line(), "[" + e.name() + "] is not used by the line"
                        + Suggest.didYouMean(e.name(), known.stream().map(EntryName::text).toList())));
            }
        });
        return text.render(language, tree, entries, problems);
    }

    /**
     * An entry one language lacks. When another language has it, name the file it belongs in (the one
     * with the same name in this language's folder) and where the other language wrote it.
     */
    private static Problem missing(String language, EntryName name, PhoneTree tree,
                                   Map<String, Map<EntryName, TextFile.Entry>> written, PromptFiles files) {
        for (Map.Entry<String, Map<EntryName, TextFile.Entry>> other : written.entrySet()) {
            TextFile.Entry there = other.getValue() == null ? null : other.getValue().get(name);
            if (there != null && !other.getKey().equals(language)) {
                return missingHere(language, name.text(), there, files, describe(name, tree));
            }
        }
        return new Problem(files.display(language), 0, "no file in this folder has the entry ["
                + name + "]; " + describe(name, tree));
    }

    static Problem missingHere(String language, String name, TextFile.Entry there, PromptFiles files, String why) {
        String fileName = there.file().substring(there.file().lastIndexOf('/') + 1);
        String sameFile = language + "/" + fileName;
        String file = files.display(files.has(sameFile) ? sameFile : language);
        String what = why.startsWith("copy it") ? "" : why + " ";
        return new Problem(file, 0, "the entry [" + name + "] is missing; " + what + there.file() + " line "
                + there.line() + " has it: copy it here and translate it.");
    }

    /**
     * Gather hints help Twilio's speech recognition: the example phrases of the language, since a
     * caller may ask for anything from any menu, and the words that ask for the other languages. Within
     * Twilio's limits, every word list gives its first phrases in turn, so that each place a caller may
     * ask for keeps the ones staff wrote first.
     */
    static void withHints(Map<String, Wording> wordings) {
        wordings.replaceAll((language, w) -> {
            List<List<String>> lists = new ArrayList<>();
            Wording.COMMAND_WORDS.keySet().stream()
                    .filter(entry -> entry != FixedEntry.LANGUAGE_WORDS)
                    .forEach(entry -> lists.add(w.words(entry)));
            wordings.forEach((other, ow) -> {
                if (!other.equals(language)) {
                    lists.add(ow.words(FixedEntry.LANGUAGE_WORDS));
                }
            });
            w.written().stream().sorted(Comparator.comparing(EntryName::text))
                    .filter(entry -> entry instanceof NodeEntry n && n.kind() == NodeEntry.Kind.WORDS)
                    .forEach(entry -> lists.add(w.words(entry)));
            Set<String> hints = new java.util.LinkedHashSet<>();
            int longest = lists.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (List<String> list : lists) {
                    if (i < list.size()) {
                        hints.add(list.get(i).replace(",", " ").strip());
                    }
                }
            }
            return w.withHints(String.join(", ", hints.stream()
                    .filter(h -> !h.isEmpty() && h.length() <= Wording.MAX_HINT_CHARACTERS)
                    .limit(Wording.MAX_HINTS).toList()));
        });
    }

    /** Entries each language must have: every fixed entry, and each menu's and topic's. */
    public static List<EntryName> required(PhoneTree tree) {
        List<EntryName> names = new ArrayList<>(List.of(FixedEntry.values()));
        names.addAll(List.of(EntryName.option(PhoneTree.HOURS), EntryName.words(PhoneTree.HOURS)));
        for (String menu : tree.menus()) {
            if (!menu.equals(PhoneTree.MAIN)) {
                names.addAll(List.of(EntryName.option(menu), EntryName.words(menu), EntryName.back(menu)));
            }
        }
        for (String topic : tree.topics()) {
            if (!topic.equals(PhoneTree.HOURS)) {
                names.addAll(List.of(EntryName.passage(topic), EntryName.option(topic), EntryName.words(topic)));
            }
        }
        return names;
    }

    /**
     * Entries a language may have: a short introduction said before a menu's options, and for any menu
     * or topic, [name.topic]: how the whisper to staff names it, when its option's words do not fit.
     */
    public static Set<EntryName> optional(PhoneTree tree) {
        Set<EntryName> names = new HashSet<>();
        tree.menus().forEach(menu -> names.addAll(List.of(EntryName.passage(menu), EntryName.topic(menu))));
        tree.topics().forEach(topic -> names.add(EntryName.topic(topic)));
        names.add(EntryName.topic(PhoneTree.HOURS));
        return Set.copyOf(names);
    }

    private static String describe(EntryName entry, PhoneTree tree) {
        String copy = "copy it from the same file of another language and translate it.";
        if (!(entry instanceof NodeEntry n)) {
            return copy;
        }
        return switch (n.kind()) {
            case OPTION -> "it names the option in its menu, as in \"For <these words>, press 1\".";
            case WORDS -> "it lists the words callers may say to choose it, separated by commas.";
            case BACK -> "it tells callers, after an answer, how to go back to this menu.";
            case PASSAGE -> tree.isTopic(n.node()) ? "it is the answer callers hear for this topic." : copy;
            case TOPIC -> copy;
        };
    }
}
