package clinic.ivr.prompts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A staff settings file in YAML, read with Jackson. Mistakes come back as problems naming the line,
 * and every setting's line is remembered so later checks can point at it too.
 */
final class YamlFile {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

    private final String file;
    private final String content;
    private final Map<String, Integer> lines = new HashMap<>();
    private Object value;

    YamlFile(String file, String content) {
        this.file = file;
        this.content = content;
    }

    /** A YAML file of the prompts read as the given type, or a problem (a missing file among them). */
    static Optional<YamlFile> read(PromptFiles files, String name, JavaType type, List<Problem> problems) {
        Optional<String> content = files.text(name);
        if (content.isEmpty()) {
            if (files.unreadable().stream().noneMatch(p -> p.file().equals(files.display(name)))) {
                problems.add(new Problem(files.display(name), 0, "this file is missing."));
            }
            return Optional.empty();
        }
        YamlFile yaml = new YamlFile(files.display(name), content.get());
        return yaml.read(type, problems).map(value -> yaml);
    }

    String file() {
        return file;
    }

    /** The value {@link #read} found. */
    @SuppressWarnings("unchecked")
    <T> T value() {
        return (T) value;
    }

    /** Reads the file as the given type, or adds a problem and returns empty. */
    <T> Optional<T> read(JavaType type, List<Problem> problems) {
        try (JsonParser parser = MAPPER.getFactory().createParser(content)) {
            indexLines(parser);
        } catch (JsonProcessingException e) {
            problems.add(problem(e));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        try {
            T value = MAPPER.readValue(content, type);
            if (value == null) {
                problems.add(new Problem(file, 0, "is empty. Restore it from the copy that came with the line."));
                return Optional.empty();
            }
            this.value = value;
            return Optional.of(value);
        } catch (JsonProcessingException e) {
            problems.add(problem(e));
            return Optional.empty();
        }
    }

    static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    static JavaType mapOf(Class<?> key, JavaType value) {
        return MAPPER.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, MAPPER.constructType(key), value);
    }

    /** The line of a setting, by its path such as "front_desk.number", or of its closest parent. */
    int line(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "";
        }
        return 0;
    }

    /** Where each setting is written, by its path. */
    Map<String, Source> sources() {
        Map<String, Source> sources = new HashMap<>();
        lines.forEach((path, line) -> sources.put(path, new Source(file, line)));
        return Map.copyOf(sources);
    }

    Problem problem(String path, String message) {
        return new Problem(file, line(path), message);
    }

    private void indexLines(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                lines.put(path(parser.getParsingContext()), parser.currentLocation().getLineNr());
            }
        }
    }

    private static String path(JsonStreamContext context) {
        List<String> names = new ArrayList<>();
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.getCurrentName() != null) {
                names.add(0, c.getCurrentName());
            }
        }
        return String.join(".", names);
    }

    private Problem problem(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        int line = where == null ? 0 : where.getLineNr();
        if (e.getCause() instanceof MarkedYAMLException syntax) {
            return YamlSyntax.problem(file, syntax);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            // Jackson reads a record's settings before it complains, so its location is the end of the record
            return new Problem(file, line(setting(u)), "\"" + u.getPropertyName() + "\" is not a known setting here"
                    + Suggest.didYouMean(u.getPropertyName(), known) + " Known settings: " + String.join(", ", known) + ".");
        }
        if (e instanceof MismatchedInputException m) {
            String setting = setting(m);
            String message = m.getOriginalMessage();
            if (message.contains("Missing required creator property")) {
                return missing(message.replaceAll("(?s).*property '([^']*)'.*", "$1"), setting);
            }
            if (!setting.isEmpty()) {
                return new Problem(file, line(setting), "the setting \"" + setting + "\" has the wrong kind of value."
                        + " Put text in quotes, and numbers without quotes.");
            }
        }
        if (e instanceof StreamReadException && e.getOriginalMessage().startsWith("Duplicate field")) {
            String name = e.getOriginalMessage().replaceAll("(?s)Duplicate field '([^']*)'.*", "$1");
            return new Problem(file, line, "\"" + name + "\" is written twice in the same place; each key or setting"
                    + " can appear only once. Remove one of them, or give it another name or number.");
        }
        return new Problem(file, line, "is not valid YAML: " + firstLine(e.getOriginalMessage())
                + ". Check the indentation and the colon after each setting's name.");
    }

    /** The setting a mistake is in, by its path such as "front_desk.ring_seconds". */
    private static String setting(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .reduce((a, b) -> a + "." + b).orElse("");
    }

    /**
     * Jackson reports a required setting as missing before it reports the misspelt one next to it
     * ("nmae:" for "name:"), so look for the misspelling first: it is what staff need to fix.
     */
    private Problem missing(String name, String where) {
        String parent = where.endsWith(name) ? where.substring(0, Math.max(0, where.length() - name.length() - 1)) : where;
        String prefix = parent.isEmpty() ? "" : parent + ".";
        for (Map.Entry<String, Integer> key : lines.entrySet()) {
            String path = key.getKey();
            if (!path.startsWith(prefix) || path.substring(prefix.length()).contains(".")) {
                continue;
            }
            String sibling = path.substring(prefix.length());
            if (!sibling.equals(name) && Suggest.didYouMean(sibling, List.of(name)).contains(name)) {
                return new Problem(file, key.getValue(), "\"" + sibling + "\" is not a known setting here; did you mean "
                        + name + "?");
            }
        }
        return new Problem(file, parent.isEmpty() ? 0 : line(parent), "the setting \"" + name + "\" is missing"
                + (parent.isEmpty() ? "" : " under \"" + parent + "\"") + ".");
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }
}
