package clinic.ivr.prompts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions, as staff read it in the history: each sentence group whose words
 * changed, in each language, before and after; each setting whose value changed; each menu whose
 * options changed. Notes and layout are not changes callers hear, so they are left out.
 */
public final class Changes {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * One change.
     *
     * @param where  such as "English [welcome]", "setting hours.monday" or "menu faq"
     * @param before the words or value before; "" when it was not there
     * @param after  the words or value after; "" when it is gone
     */
    public record Change(String where, String before, String after) {}

    private Changes() {}

    public static List<Change> between(PromptFiles before, PromptFiles after) {
        List<Change> changes = new ArrayList<>();
        Map<String, Map<String, String>> wordsBefore = words(before);
        Map<String, Map<String, String>> wordsAfter = words(after);
        Set<String> languages = new LinkedHashSet<>(wordsBefore.keySet());
        languages.addAll(wordsAfter.keySet());
        for (String language : languages) {
            Map<String, String> was = wordsBefore.getOrDefault(language, Map.of());
            Map<String, String> is = wordsAfter.getOrDefault(language, Map.of());
            Set<String> entries = new LinkedHashSet<>(was.keySet());
            entries.addAll(is.keySet());
            for (String entry : entries) {
                String b = was.getOrDefault(entry, "");
                String a = is.getOrDefault(entry, "");
                if (!b.equals(a)) {
                    changes.add(new Change(language(language) + " [" + entry + "]", b, a));
                }
            }
        }
        settings(PromptFiles.SETTINGS, "setting ", before, after, changes);
        settings(PromptFiles.TREE, "menu ", before, after, changes);
        return changes;
    }

    /** Each language's entries and their words, over all its files. */
    private static Map<String, Map<String, String>> words(PromptFiles files) {
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        files.editable().forEach((name, text) -> {
            if (name.endsWith(".txt")) {
                String language = name.substring(0, name.indexOf('/'));
                TextLayout.parse(text).words().forEach((entry, typed) ->
                        words.computeIfAbsent(language, l -> new LinkedHashMap<>()).putIfAbsent(entry, typed));
            }
        });
        return words;
    }

    private static void settings(String file, String label, PromptFiles before, PromptFiles after, List<Change> changes) {
        Map<String, String> was = flat(before.text(file).orElse(""));
        Map<String, String> is = flat(after.text(file).orElse(""));
        Set<String> paths = new LinkedHashSet<>(was.keySet());
        paths.addAll(is.keySet());
        for (String path : paths) {
            String b = was.getOrDefault(path, "");
            String a = is.getOrDefault(path, "");
            if (!b.equals(a)) {
                changes.add(new Change(label + path, b, a));
            }
        }
    }

    /** A YAML file's values by path ("hours.monday"); a file that does not read is one value, its text. */
    private static Map<String, String> flat(String yaml) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            flatten("", YAML.readTree(yaml), values);
        } catch (IOException | RuntimeException e) {
            values.put("(the whole file)", yaml);
        }
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                    f.getValue(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "." + i, node.get(i), values);
            }
        } else {
            values.put(path, node.asText());
        }
    }

    private static String language(String code) {
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
