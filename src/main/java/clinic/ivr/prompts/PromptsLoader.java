package clinic.ivr.prompts;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Listener;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Vocabulary;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a prompts folder into a {@link Prompts} version, or reports every problem in it with the
 * file and line, in words a staff member can act on.
 */
public final class PromptsLoader {

    public static final String SETTINGS_FILE = "clinic.yaml";
    public static final String TREE_FILE = "menus.yaml";
    public static final String TEMPLATES_DIR = "templates";

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2}-[A-Z]{2}");
    private static final Set<String> OPTION_KEYS = Set.of("1", "2", "3", "4", "5");
    private static final int MAX_OPTIONS = 5;

    private final Optional<String> frontDeskOverride;

    /** @param frontDeskOverride FRONT_DESK_NUMBER from the environment, which wins over the settings */
    public PromptsLoader(Optional<String> frontDeskOverride) {
        this.frontDeskOverride = frontDeskOverride;
    }

    public Prompts load(Path dir) throws PromptsException {
        List<Problem> problems = new ArrayList<>();
        Files files = new Files(dir);
        if (!java.nio.file.Files.isDirectory(dir) || !java.nio.file.Files.isReadable(dir)) {
            throw new PromptsException(List.of(new Problem(dir.toString(), 0,
                    "the prompts folder is missing or cannot be read. Set PROMPTS_DIR to the folder that holds "
                            + SETTINGS_FILE + " and " + TREE_FILE + ".")));
        }
        Optional<Settings> settings = files.yaml(SETTINGS_FILE, YamlFile.type(ClinicSettings.class), problems)
                .flatMap(yaml -> settings(yaml, problems));
        Optional<ClinicSettings> clinic = settings.map(Settings::clinic);
        Optional<PhoneTree> tree = files.yaml(TREE_FILE,
                        YamlFile.mapOf(String.class, YamlFile.mapOf(String.class, YamlFile.type(String.class))), problems)
                .flatMap(yaml -> tree(yaml, problems));
        Map<String, Template> templates = new TwimlTemplates(files).compile(problems);
        if (clinic.isEmpty() || tree.isEmpty()) {
            throw new PromptsException(problems);
        }
        Optional<String> frontDesk = frontDeskOverride.or(() -> Optional.ofNullable(clinic.get().frontDesk().number()));
        OpeningHours hours = settings.get().hours();
        StaffText text = new StaffText(clinic.get(), frontDesk, hours);
        Map<String, Map<String, TextFile.Entry>> written = new LinkedHashMap<>();
        for (String language : clinic.get().languages().keySet()) {
            written.put(language, entries(language, files, problems));
        }
        Map<String, Wording> wordings = new LinkedHashMap<>();
        for (String language : clinic.get().languages().keySet()) {
            wordings.put(language, wording(language, tree.get(), written, files, text, problems));
        }
        if (!problems.isEmpty()) {
            throw new PromptsException(problems);
        }
        withHints(tree.get(), wordings);
        Flow flow = flow(tree.get(), clinic.get(), wordings, frontDesk, hours);
        return new Prompts(files.fingerprint(), clinic.get(), tree.get(), wordings, templates, frontDesk, flow);
    }

    /** The settings file, read and checked, with the front desk's hours. */
    private record Settings(ClinicSettings clinic, OpeningHours hours) {}

    private Optional<Settings> settings(YamlFile yaml, List<Problem> problems) {
        int before = problems.size();
        ClinicSettings clinic = yaml.value();
        if (clinic.bookingLink() != null && !clinic.bookingLink().isBlank()
                && !clinic.bookingLink().matches("https?://[^\\s]+")) {
            problems.add(yaml.problem("booking_link", "\"" + clinic.bookingLink() + "\" is not a web address;"
                    + " write the whole address of the booking page, starting with https://"));
        }
        Optional<OpeningHours> hours = OpeningHours.read(clinic.hours(),
                (setting, message) -> problems.add(yaml.problem(setting, message)));
        if (clinic.name() == null || clinic.name().isBlank()) {
            problems.add(yaml.problem("name", "the clinic's name is empty."));
        }
        checkNumber(yaml, "phone", clinic.phone(), problems);
        checkNumber(yaml, "front_desk.number", clinic.frontDesk().number(), problems);
        frontDeskOverride.filter(n -> !E164.matcher(n).matches()).ifPresent(n -> problems.add(new Problem(
                "FRONT_DESK_NUMBER", 0, "\"" + n + "\" is not a phone number in E.164 form, such as +12125985913.")));
        int ring = clinic.frontDesk().ring();
        if (ring < 5 || ring > 60) {
            problems.add(yaml.problem("front_desk.ring_seconds", "ring_seconds is " + ring
                    + "; give the front desk between 5 and 60 seconds to answer."));
        }
        if (clinic.languages().isEmpty()) {
            problems.add(yaml.problem("languages", "list at least one language, such as en."));
        }
        clinic.languages().forEach((code, voice) -> {
            String at = "languages." + code;
            if (!code.matches("[a-z]{2}")) {
                problems.add(yaml.problem(at, "\"" + code + "\" is not a language code; use two letters, such as en or es."));
            }
            if (voice.voice() == null || !(voice.voice().startsWith("Polly.") || voice.voice().startsWith("Google."))) {
                problems.add(yaml.problem(at + ".voice", "the voice \"" + voice.voice() + "\" is not a Polly or Google"
                        + " voice (such as Polly.Joanna-Neural); other voices cannot read pauses and phone numbers."));
            }
            if (voice.language() == null || !LANGUAGE_TAG.matcher(voice.language()).matches()) {
                problems.add(yaml.problem(at + ".language", "\"" + voice.language()
                        + "\" is not a language tag Twilio knows; use a form such as en-US or es-US."));
            }
        });
        return problems.size() == before && hours.isPresent()
                ? Optional.of(new Settings(clinic, hours.get())) : Optional.empty();
    }

    private static void checkNumber(YamlFile yaml, String path, String number, List<Problem> problems) {
        if (number == null || !E164.matcher(number).matches()) {
            problems.add(yaml.problem(path, "\"" + number + "\" is not a phone number in E.164 form: a plus sign,"
                    + " the country code and the number, no spaces, in quotes, such as \"+12125985913\"."));
        }
    }

    private static Optional<PhoneTree> tree(YamlFile yaml, List<Problem> problems) {
        int before = problems.size();
        Map<String, Map<String, String>> menus = yaml.value();
        Map<String, List<PhoneTree.Option>> tree = new LinkedHashMap<>();
        Map<String, String> offeredIn = new HashMap<>();
        if (!menus.containsKey(PhoneTree.MAIN)) {
            problems.add(new Problem(yaml.file(), 0, "there is no main menu: the file needs a \"main:\" section."));
        }
        menus.forEach((menu, options) -> {
            if (!NAME.matcher(menu).matches()) {
                problems.add(yaml.problem(menu, "\"" + menu + "\" is not a valid menu name: use lower-case letters,"
                        + " digits and dashes."));
            }
            Map<String, String> byKey = options == null ? Map.of() : options;
            if (byKey.size() > MAX_OPTIONS) {
                problems.add(yaml.problem(menu, "the " + menu + " menu has " + byKey.size()
                        + " options; callers remember at most " + MAX_OPTIONS + ". Move some into a submenu."));
            }
            if (byKey.isEmpty()) {
                problems.add(yaml.problem(menu, "the " + menu + " menu has no options."));
            }
            List<PhoneTree.Option> list = new ArrayList<>();
            new TreeMap<>(byKey).forEach((key, target) -> {
                String at = menu + "." + key;
                if (!OPTION_KEYS.contains(key)) {
                    problems.add(yaml.problem(at, "key " + key + " cannot be an option: options use keys 1 to "
                            + MAX_OPTIONS + ", because 0, star, 7, 8, 9 and pound do the same thing in every menu."));
                } else if (target == null || !NAME.matcher(target).matches() || target.equals(PhoneTree.MAIN)) {
                    problems.add(yaml.problem(at, "key " + key + " leads to \"" + target + "\", which is not a valid"
                            + " topic or menu name: use lower-case letters, digits and dashes."));
                } else if (offeredIn.containsKey(target)) {
                    problems.add(yaml.problem(at, "\"" + target + "\" is already offered in the " + offeredIn.get(target)
                            + " menu; each topic has one place in the tree."));
                } else {
                    offeredIn.put(target, menu);
                    list.add(new PhoneTree.Option(key, target));
                }
            });
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).key().equals(String.valueOf(i + 1))) {
                    problems.add(yaml.problem(menu, "the " + menu + " menu's keys skip a number: number its options"
                            + " 1, 2, 3 and so on, in the order callers hear them."));
                    break;
                }
            }
            tree.put(menu, list);
        });
        menus.keySet().stream()
                .filter(m -> !m.equals(PhoneTree.MAIN) && !offeredIn.containsKey(m))
                .forEach(m -> problems.add(yaml.problem(m, "the " + m + " menu is not offered in any other menu,"
                        + " so no caller can reach it.")));
        return problems.size() == before ? Optional.of(new PhoneTree(tree)) : Optional.empty();
    }

    /** The entries of one language's text files, by name; null when the folder has no text files. */
    private static Map<String, TextFile.Entry> entries(String language, Files files, List<Problem> problems) {
        Map<String, TextFile.Entry> entries = new LinkedHashMap<>();
        List<Path> textFiles = files.list(language, ".txt", problems);
        if (textFiles.isEmpty()) {
            problems.add(new Problem(files.display(Path.of(language)), 0, "the " + language
                    + " folder has no .txt files; each language needs the words of every menu."));
            return null;
        }
        for (Path file : textFiles) {
            String name = files.display(file);
            files.read(file, problems).ifPresent(content -> {
                for (TextFile.Entry entry : TextFile.parse(name, content, problems)) {
                    TextFile.Entry earlier = entries.putIfAbsent(entry.name(), entry);
                    if (earlier != null) {
                        problems.add(new Problem(name, entry.line(), "[" + entry.name() + "] is already written in "
                                + earlier.file() + " line " + earlier.line() + "; keep one of them."));
                    }
                }
            });
        }
        return entries;
    }

    private static Wording wording(String language, PhoneTree tree, Map<String, Map<String, TextFile.Entry>> written,
                                   Files files, StaffText text, List<Problem> problems) {
        Map<String, TextFile.Entry> entries = written.get(language);
        if (entries == null) {
            return text.render(language, tree, Map.of(), problems);
        }
        List<String> required = required(tree);
        for (String name : required) {
            if (!entries.containsKey(name)) {
                problems.add(missing(language, name, tree, written, files));
            }
        }
        Set<String> known = Set.copyOf(required);
        Set<String> optional = optional(tree);
        entries.values().stream()
                .filter(e -> !known.contains(e.name()) && !optional.contains(e.name()))
                .forEach(e -> problems.add(new Problem(e.file(), e.line(), "[" + e.name()
                        + "] is not used by the line" + Suggest.didYouMean(e.name(), known))));
        return text.render(language, tree, entries, problems);
    }

    /**
     * An entry one language lacks. When another language has it, name the file it belongs in (the one
     * with the same name in this language's folder) and where the other language wrote it.
     */
    private static Problem missing(String language, String name, PhoneTree tree,
                                   Map<String, Map<String, TextFile.Entry>> written, Files files) {
        for (Map.Entry<String, Map<String, TextFile.Entry>> other : written.entrySet()) {
            TextFile.Entry there = other.getValue() == null ? null : other.getValue().get(name);
            if (there != null && !other.getKey().equals(language)) {
                return missingHere(language, name, there, files, describe(name, tree));
            }
        }
        return new Problem(files.display(Path.of(language)), 0, "no file in this folder has the entry ["
                + name + "]; " + describe(name, tree));
    }

    static Problem missingHere(String language, String name, TextFile.Entry there, Files files, String why) {
        String fileName = there.file().substring(there.file().lastIndexOf('/') + 1);
        Path sameFile = Path.of(language, fileName);
        String file = files.display(java.nio.file.Files.isRegularFile(files.dir.resolve(sameFile)) ? sameFile : Path.of(language));
        String what = why.startsWith("copy it") ? "" : why + " ";
        return new Problem(file, 0, "the entry [" + name + "] is missing; " + what + there.file() + " line "
                + there.line() + " has it: copy it here and translate it.");
    }

    /**
     * Gather hints help Twilio's speech recognition: the words for the options at each menu or topic,
     * the command words, and the words that ask for the other languages.
     */
    private static void withHints(PhoneTree tree, Map<String, Wording> wordings) {
        wordings.replaceAll((language, w) -> {
            List<String> common = new ArrayList<>();
            Wording.COMMAND_WORDS.keySet().stream().sorted()
                    .filter(entry -> !entry.equals("words.language"))
                    .forEach(entry -> common.addAll(w.words(entry)));
            wordings.forEach((other, ow) -> {
                if (!other.equals(language)) {
                    common.addAll(ow.words("words.language"));
                }
            });
            Map<String, String> hints = new HashMap<>();
            for (String menu : tree.menus()) {
                List<String> words = new ArrayList<>();
                tree.options(menu).forEach(o -> words.addAll(w.words(o.target() + ".words")));
                words.addAll(common);
                hints.put(menu, String.join(", ", words));
            }
            for (String topic : tree.topics()) {
                List<String> words = new ArrayList<>();
                tree.parent(topic).filter(m -> !m.equals(PhoneTree.MAIN)).ifPresent(m -> words.addAll(w.words(m + ".words")));
                words.addAll(common);
                hints.put(topic, String.join(", ", words));
            }
            return w.withHints(hints);
        });
    }

    /** Entries each language must have. */
    static List<String> required(PhoneTree tree) {
        List<String> names = new ArrayList<>(Wording.FIXED);
        names.addAll(Wording.COMMAND_WORDS.keySet());
        names.add(Wording.NUMBER_WORDS);
        for (String menu : tree.menus()) {
            if (!menu.equals(PhoneTree.MAIN)) {
                names.addAll(List.of(menu + ".option", menu + ".words", menu + ".back"));
            }
        }
        for (String topic : tree.topics()) {
            names.addAll(List.of(topic, topic + ".option", topic + ".words"));
        }
        return names;
    }

    /**
     * Entries a language may have: a short introduction said before a menu's options, and for any menu
     * or topic, [name.topic]: how the whisper to staff names it, when its option's words do not fit.
     */
    static Set<String> optional(PhoneTree tree) {
        Set<String> names = new java.util.HashSet<>(tree.menus());
        tree.menus().forEach(menu -> names.add(menu + ".topic"));
        tree.topics().forEach(topic -> names.add(topic + ".topic"));
        return Set.copyOf(names);
    }

    private static String describe(String name, PhoneTree tree) {
        if (name.endsWith(".option")) {
            return "it names the option in its menu, as in \"For <these words>, press 1\".";
        }
        if (name.endsWith(".words")) {
            return "it lists the words callers may say to choose it, separated by commas.";
        }
        if (name.endsWith(".back")) {
            return "it tells callers, after an answer, how to go back to this menu.";
        }
        if (tree.isTopic(name)) {
            return "it is the answer callers hear for this topic.";
        }
        return "copy it from the same file of another language and translate it.";
    }

    private static Flow flow(PhoneTree tree, ClinicSettings clinic, Map<String, Wording> wordings,
                             Optional<String> frontDesk, OpeningHours hours) {
        Map<String, Vocabulary> vocabularies = new HashMap<>();
        Map<String, Map<String, Integer>> parts = new HashMap<>();
        wordings.forEach((language, w) -> {
            Map<Heard.Kind, List<String>> commands = new HashMap<>();
            Wording.COMMAND_WORDS.forEach((entry, kind) -> commands.put(kind, w.words(entry)));
            Map<String, List<String>> nodeWords = new HashMap<>();
            Stream.concat(tree.menus().stream(), tree.topics().stream())
                    .forEach(node -> nodeWords.put(node, w.words(node + ".words")));
            vocabularies.put(language, new Vocabulary(commands, w.words(Wording.NUMBER_WORDS), nodeWords));
            Map<String, Integer> topicParts = new HashMap<>();
            tree.topics().forEach(topic -> topicParts.put(topic, Math.max(1, w.parts(topic).size())));
            parts.put(language, topicParts);
        });
        return new Flow(tree, new Listener(tree, vocabularies), List.copyOf(clinic.languages().keySet()), parts, frontDesk,
                hours);
    }

    /** The files of one prompts folder, read once, named as staff see them. */
    static final class Files {
        final Path dir;
        private final MessageDigest digest;

        Files(Path dir) {
            this.dir = dir;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String display(Path relative) {
            return PromptsLoader.display(dir, relative);
        }

        Optional<YamlFile> yaml(String name, com.fasterxml.jackson.databind.JavaType type, List<Problem> problems) {
            Path file = Path.of(name);
            return read(file, problems).flatMap(content -> {
                YamlFile yaml = new YamlFile(display(file), content);
                return yaml.read(type, problems).map(value -> yaml);
            });
        }

        /** Files in a subfolder with the given ending, sorted by name. */
        List<Path> list(String folder, String ending, List<Problem> problems) {
            Path sub = dir.resolve(folder);
            if (!java.nio.file.Files.isDirectory(sub)) {
                problems.add(new Problem(display(Path.of(folder)), 0, "this folder is missing."));
                return List.of();
            }
            try (Stream<Path> stream = java.nio.file.Files.list(sub)) {
                // editors keep lock and temporary files next to the one being edited, named with a leading dot
                return stream.filter(p -> p.getFileName().toString().endsWith(ending))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().map(dir::relativize).toList();
            } catch (IOException e) {
                problems.add(new Problem(display(Path.of(folder)), 0, "cannot be read: " + e.getMessage()));
                return List.of();
            }
        }

        /** A file's text; its bytes also go into the version fingerprint. */
        Optional<String> read(Path relative, List<Problem> problems) {
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(dir.resolve(relative));
                digest.update(relative.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                problems.add(new Problem(display(relative), 0, "is not saved as UTF-8 text. Save it again as UTF-8."));
            } catch (java.nio.file.NoSuchFileException e) {
                problems.add(new Problem(display(relative), 0, "this file is missing."));
            } catch (IOException e) {
                problems.add(new Problem(display(relative), 0, "cannot be read: " + e.getMessage()));
            }
            return Optional.empty();
        }

        String fingerprint() {
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
    }

    /** A file of a prompts folder as staff see it, such as "prompts/en/faq.txt". */
    public static String display(Path dir, Path relative) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return (name == null ? "" : name + "/") + relative.toString().replace('\\', '/');
    }

    /** FreeMarker positions, turned into a staff problem. */
    static Problem problem(String file, Exception e, Set<String> knownNames) {
        if (e instanceof InvalidReferenceException ire) {
            String name = ire.getBlamedExpressionString();
            return new Problem(file, ire.getLineNumber() == null ? 0 : ire.getLineNumber(), "\"${" + name
                    + "}\" is not a known setting" + Suggest.didYouMean(name, knownNames));
        }
        if (e instanceof ParseException pe) {
            return new Problem(file, pe.getLineNumber(), "cannot be read: " + firstLine(pe.getEditorMessage())
                    + " Check that each ${ has its closing }.");
        }
        if (e instanceof TemplateException te) {
            return new Problem(file, te.getLineNumber() == null ? 0 : te.getLineNumber(),
                    firstLine(te.getMessageWithoutStackTop()));
        }
        return new Problem(file, 0, String.valueOf(e.getMessage()));
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }

    static String render(Template template, Object model) throws TemplateException, IOException {
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }
}
