package clinic.ivr.prompts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A complete prompts set as named texts ("clinic.yaml", "en/faq.txt", "templates/menu.ftlx"): read from
 * a folder, or kept as a version in the database. The loader reads only this, so a folder and a
 * published version are checked by the very same code.
 *
 * <p>What staff may change ({@link #editable()}) is the settings, the phone tree and the words of each
 * language; the TwiML templates are the developers' and always come from the folder.
 */
public final class PromptFiles {

    public static final String SETTINGS = "clinic.yaml";
    public static final String TREE = "menus.yaml";
    public static final String TEMPLATES = "templates";
    /** How files of a version from the database are named to staff: as in the shipped folder. */
    public static final String ROOT = "prompts";

    private final String root;
    private final SortedMap<String, String> texts;
    private final List<String> folders;
    private final List<Problem> unreadable;
    private final boolean missing;

    private PromptFiles(String root, Map<String, String> texts, List<String> folders, List<Problem> unreadable,
                        boolean missing) {
        this.root = root;
        this.texts = new TreeMap<>(texts);
        this.folders = List.copyOf(folders);
        this.unreadable = List.copyOf(unreadable);
        this.missing = missing;
    }

    /** Texts by name, as a version keeps them. */
    public static PromptFiles of(Map<String, String> texts) {
        List<String> folders = texts.keySet().stream().filter(n -> n.contains("/"))
                .map(n -> n.substring(0, n.indexOf('/'))).distinct().toList();
        return new PromptFiles(ROOT, texts, folders, List.of(), false);
    }

    /**
     * Every file of a prompts folder the line reads: the settings, the tree, each folder's .txt files and
     * the templates. Never throws: a file that cannot be read is among {@link #unreadable()}. Editors keep
     * lock and temporary files next to the one being edited, named with a leading dot: those are left out.
     */
    public static PromptFiles read(Path dir) {
        String root = Optional.ofNullable(dir.toAbsolutePath().normalize().getFileName()).map(Path::toString).orElse("");
        if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
            String what = !Files.exists(dir) ? "there is no folder here"
                    : !Files.isDirectory(dir) ? "this is a file, not the prompts folder"
                    : "the line may not read this folder (its permissions)";
            // the folder comes from validate's argument or from PROMPTS_DIR: name both
            return new PromptFiles(root, Map.of(), List.of(), List.of(new Problem(dir.toString(), 0, what
                    + ". Give the folder that holds " + SETTINGS + " and " + TREE + ": to validate, or in PROMPTS_DIR"
                    + " when the line starts.")), true);
        }
        Map<String, String> texts = new TreeMap<>();
        List<String> folders = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        for (String name : List.of(SETTINGS, TREE)) {
            read(dir, name, root, texts, unreadable);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path sub : entries.filter(Files::isDirectory).sorted().toList()) {
                String folder = sub.getFileName().toString();
                if (folder.startsWith(".")) {
                    continue;
                }
                folders.add(folder);
                String ending = folder.equals(TEMPLATES) ? ".ftlx" : ".txt";
                try (Stream<Path> files = Files.list(sub)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(ending) && !name.startsWith(".")) {
                            read(dir, folder + "/" + name, root, texts, unreadable);
                        }
                    }
                }
            }
        } catch (IOException e) {
            unreadable.add(new Problem(root, 0, "cannot be read: " + e.getMessage()));
        }
        return new PromptFiles(root, texts, folders, unreadable, false);
    }

    private static void read(Path dir, String name, String root, Map<String, String> texts, List<Problem> unreadable) {
        Path file = dir.resolve(name);
        String display = root.isEmpty() ? name : root + "/" + name;
        if (!Files.exists(file)) {
            return; // the loader says which required file is missing
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            texts.put(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            unreadable.add(new Problem(display, 0, "is not saved as UTF-8 text. Save it again as UTF-8."));
        } catch (IOException e) {
            unreadable.add(new Problem(display, 0, "cannot be read: " + e.getMessage()));
        }
    }

    /** The folder itself is missing: nothing in it can be read. */
    boolean missing() {
        return missing;
    }

    /** Files that exist but cannot be read, each as a problem. */
    public List<Problem> unreadable() {
        return unreadable;
    }

    public SortedMap<String, String> texts() {
        return java.util.Collections.unmodifiableSortedMap(texts);
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(texts.get(name));
    }

    public boolean has(String name) {
        return texts.containsKey(name);
    }

    /** What staff may change: the settings, the tree and each language's words. */
    public static boolean isEditable(String name) {
        return name.equals(SETTINGS) || name.equals(TREE) || name.matches("[a-z]{2}/[^/]+\\.txt");
    }

    /** The files staff may change, by name. */
    public SortedMap<String, String> editable() {
        SortedMap<String, String> editable = new TreeMap<>();
        texts.forEach((name, text) -> {
            if (isEditable(name)) {
                editable.put(name, text);
            }
        });
        return editable;
    }

    /** The TwiML templates, by name ("templates/menu.ftlx"). */
    public SortedMap<String, String> templates() {
        SortedMap<String, String> templates = new TreeMap<>();
        texts.forEach((name, text) -> {
            if (name.startsWith(TEMPLATES + "/")) {
                templates.put(name, text);
            }
        });
        return templates;
    }

    /**
     * These words and settings as a version is answered with: with the developers' templates of {@code folder},
     * and with every entry the line requires of each language ({@link FixedEntry}) that they lack taken from that
     * language's words in {@code folder}. A version published before this line required an entry keeps every word
     * staff wrote, has the folder's words for the new entry, and shows them on the staff page, to be published with
     * the rest.
     */
    public PromptFiles withTemplatesOf(PromptFiles folder) {
        Map<String, String> all = withFixedEntriesOf(folder);
        all.putAll(folder.templates());
        List<String> allFolders = new ArrayList<>(folders);
        if (folder.folders.contains(TEMPLATES) && !allFolders.contains(TEMPLATES)) {
            allFolders.add(TEMPLATES);
        }
        List<Problem> problems = new ArrayList<>(unreadable);
        folder.unreadable.stream().filter(p -> p.file().contains("/" + TEMPLATES + "/")).forEach(problems::add);
        return new PromptFiles(root, all, allFolders, problems, missing);
    }

    /**
     * The files staff may change, with each fixed entry a language lacks appended to its file of the same name as
     * in {@code folder} (begun when it has none), with its notes: in the folder's order, after everything else.
     */
    private Map<String, String> withFixedEntriesOf(PromptFiles folder) {
        Map<String, String> all = new TreeMap<>(editable());
        Set<String> fixed = Arrays.stream(FixedEntry.values()).map(FixedEntry::text).collect(Collectors.toSet());
        for (String language : all.keySet().stream().filter(n -> n.contains("/"))
                .map(n -> n.substring(0, n.indexOf('/'))).distinct().toList()) {
            Set<String> written = new HashSet<>();
            list(language, ".txt").forEach(file -> written.addAll(TextLayout.parse(texts.get(file)).words().keySet()));
            for (String file : folder.list(language, ".txt")) {
                TextLayout layout = TextLayout.parse(all.getOrDefault(file, ""));
                boolean added = false;
                for (TextLayout.Entry entry : TextLayout.parse(folder.texts.get(file)).entries()) {
                    if (fixed.contains(entry.name()) && written.add(entry.name())) {
                        layout = layout.with(entry);
                        added = true;
                    }
                }
                if (added) {
                    all.put(file, layout.text());
                }
            }
        }
        return all;
    }

    /** A file as staff see it, such as "prompts/en/faq.txt". */
    public String display(String name) {
        return root.isEmpty() ? name : root + "/" + name;
    }

    /** The name of the folder these files are shown under, such as "prompts". */
    public String root() {
        return root;
    }

    /** Whether the folder is there (it may be empty). */
    boolean hasFolder(String folder) {
        return folders.contains(folder);
    }

    /** The files of a folder with the given ending, sorted by name, such as "en/faq.txt". */
    List<String> list(String folder, String ending) {
        return texts.keySet().stream().filter(n -> n.startsWith(folder + "/") && n.endsWith(ending)
                && n.indexOf('/', folder.length() + 1) < 0).toList();
    }

    /** A short fingerprint of every file: the version /health shows. */
    public String fingerprint() {
        return fingerprint(texts);
    }

    /** A fingerprint of what staff may change, so a folder already imported is known again. */
    public String editableFingerprint() {
        return fingerprint(editable());
    }

    private static String fingerprint(SortedMap<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The very same files, named to staff the same way: whatever is found in one is found in the other. */
    public boolean sameAs(PromptFiles other) {
        return equals(other) && root.equals(other.root) && folders.equals(other.folders)
                && unreadable.equals(other.unreadable) && missing == other.missing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PromptFiles other && other.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }
}
