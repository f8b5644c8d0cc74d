package clinic.ivr.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A staff text file as entries to edit one by one, keeping everything else as it is: the notes and
 * blank lines above each heading, the headings, and whatever follows the last entry. An entry's words
 * are its lines from the heading to its last line of words, exactly as typed; the notes after them
 * belong to the entry below. Writing the layout back gives the same file, byte for byte, unless an
 * entry was changed.
 */
public final class TextLayout {

    private static final Pattern HEADING = Pattern.compile("^\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*$");

    /**
     * One entry.
     *
     * @param above   the notes and blank lines above its heading (the file's opening notes, for the first)
     * @param heading its heading line as written, such as "[welcome]"
     * @param name    its name, lower case
     * @param words   its lines of words as typed, without the notes and blank lines that end it; "" for none
     */
    public record Entry(List<String> above, String heading, String name, String words) {
        public Entry {
            above = List.copyOf(above);
        }

        /** The notes above the heading, without their # and blank lines: what the entry is for. */
        public String notes() {
            List<String> notes = new ArrayList<>();
            for (String line : above) {
                String s = line.strip();
                if (s.startsWith("#")) {
                    notes.add(s.substring(1).strip());
                } else if (s.isEmpty()) {
                    notes.clear(); // a blank line ends the notes of what is above it
                }
            }
            return String.join(" ", notes).strip();
        }
    }

    private final List<Entry> entries;
    private final List<String> header;
    private final List<String> trailer;

    private TextLayout(List<String> header, List<Entry> entries, List<String> trailer) {
        this.header = List.copyOf(header);
        this.entries = List.copyOf(entries);
        this.trailer = List.copyOf(trailer);
    }

    public static TextLayout parse(String content) {
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (isHeading(lines[i])) {
                headings.add(i);
            }
        }
        if (headings.isEmpty()) {
            return new TextLayout(List.of(lines), List.of(), List.of());
        }
        List<Entry> entries = new ArrayList<>();
        List<String> above = new ArrayList<>(List.of(lines).subList(0, headings.get(0)));
        for (int k = 0; k < headings.size(); k++) {
            int h = headings.get(k);
            int end = k + 1 < headings.size() ? headings.get(k + 1) : lines.length;
            int last = h;
            for (int i = h + 1; i < end; i++) {
                if (!lines[i].isBlank() && !lines[i].stripLeading().startsWith("#")) {
                    last = i;
                }
            }
            String name = HEADING.matcher(lines[h]).replaceAll("$1").toLowerCase();
            entries.add(new Entry(above, lines[h], name, String.join("\n", List.of(lines).subList(h + 1, last + 1))));
            above = new ArrayList<>(List.of(lines).subList(last + 1, end));
        }
        return new TextLayout(List.of(), entries, above);
    }

    /** A line that starts a new entry: a name in square brackets, alone on its line. */
    public static boolean isHeading(String line) {
        return HEADING.matcher(line).matches();
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Each entry's words by name, in the file's order. */
    public Map<String, String> words() {
        Map<String, String> words = new LinkedHashMap<>();
        entries.forEach(e -> words.putIfAbsent(e.name(), e.words()));
        return words;
    }

    /** The same file with this entry's words replaced; unchanged when it has no such entry. */
    public TextLayout withWords(String name, String words) {
        String typed = trimEnd(words.replace("\r\n", "\n").replace('\r', '\n'));
        List<Entry> changed = new ArrayList<>();
        for (Entry e : entries) {
            changed.add(e.name().equals(name) ? new Entry(e.above(), e.heading(), e.name(), typed) : e);
        }
        return new TextLayout(header, changed, trailer);
    }

    /** The same file without this entry (its notes go with it). */
    public TextLayout without(String name) {
        return new TextLayout(header, entries.stream().filter(e -> !e.name().equals(name)).toList(), trailer);
    }

    /** The same file with a new entry after the last one, a blank line above it. */
    public TextLayout with(String name, String words) {
        return with(new Entry(List.of(), "[" + name + "]", name, trimEnd(words.replace("\r\n", "\n").replace('\r', '\n'))));
    }

    /**
     * The same file with an entry of another file after the last one: a blank line, then its own notes (those
     * below the last blank line above it, not the notes that open its file), its heading and its words.
     */
    public TextLayout with(Entry entry) {
        List<String> above = new ArrayList<>(List.of(""));
        List<String> notes = entry.above();
        int blank = notes.size() - 1;
        while (blank >= 0 && !notes.get(blank).isBlank()) {
            blank--;
        }
        above.addAll(notes.subList(blank + 1, notes.size()));
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(above, entry.heading(), entry.name(), entry.words()));
        return new TextLayout(header, more, trailer.isEmpty() ? List.of("") : trailer);
    }

    /** The line (from 1) of each entry's heading in {@link #text()}. */
    public Map<String, Integer> headingLines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        int line = header.size();
        for (Entry e : entries) {
            line += e.above().size() + 1;
            lines.putIfAbsent(e.name(), line);
            line += e.words().isEmpty() ? 0 : e.words().split("\n", -1).length;
        }
        return lines;
    }

    /** The entry a line of {@link #text()} belongs to: the last heading at or above it. */
    public Optional<String> entryAt(int line) {
        String found = null;
        for (Map.Entry<String, Integer> heading : headingLines().entrySet()) {
            if (heading.getValue() <= line) {
                found = heading.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The file as text. */
    public String text() {
        List<String> lines = new ArrayList<>(header);
        for (Entry e : entries) {
            lines.addAll(e.above());
            lines.add(e.heading());
            if (!e.words().isEmpty()) {
                lines.addAll(List.of(e.words().split("\n", -1)));
            }
        }
        lines.addAll(trailer);
        return String.join("\n", lines);
    }

    private static String trimEnd(String words) {
        String[] lines = words.split("\n", -1);
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                last = i;
            }
        }
        return last < 0 ? "" : String.join("\n", List.of(lines).subList(0, last + 1));
    }
}
