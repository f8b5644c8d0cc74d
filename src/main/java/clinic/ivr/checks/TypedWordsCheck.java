package clinic.ivr.checks;

import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.NodeEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Speech;
import clinic.ivr.prompts.Wording;
import clinic.ivr.prompts.WrittenLine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff typed, read as a caller would hear it: marks a voice reads out as symbols or not at all
 * ({@code $clinic.name} without braces, {@code &}, {@code <}, {@code #}, brackets), a setting that is
 * empty where it is said, parts no caller can reach, and parts longer than the voice reads at once.
 * The same checks for the files and the staff page: each points at the line where it was typed.
 */
public final class TypedWordsCheck {

    private static final Pattern NO_BRACES = Pattern.compile("\\$(?!\\{)([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");
    private static final Pattern PART_BREAK = Pattern.compile("^\\s*---+\\s*$");
    /** The settings a clinic may leave empty, and the entries said only once they are set. */
    private static final Map<String, Set<FixedEntry>> SAID_ONLY_WHEN_SET = Map.of(
            "address", Set.of(FixedEntry.DIRECTIONS, FixedEntry.TEXT_OPTION, FixedEntry.TEXT_SENT, FixedEntry.TEXT_FAILED,
                    FixedEntry.TEXT_MESSAGE),
            "booking_link", Set.of(FixedEntry.TEXT_OPTION, FixedEntry.TEXT_SENT, FixedEntry.TEXT_FAILED, FixedEntry.TEXT_MESSAGE));

    public void check(Prompts prompts, Findings findings) {
        Map<String, String> optional = Map.of("address", blankIfNull(prompts.clinic().address()),
                "booking_link", blankIfNull(prompts.clinic().bookingLink()));
        prompts.wordings().forEach((language, w) -> {
            for (EntryName entry : w.written()) {
                boolean spoken = !entry.isWordList();
                for (WrittenLine line : w.typed(entry)) {
                    if (spoken) {
                        symbols(language, line, findings);
                        if (PART_BREAK.matcher(line.text()).matches() && !hasParts(prompts.tree(), entry)) {
                            findings.error(line.problem("only answers have parts: callers never hear the words after"
                                    + " \"---\" in [" + entry + "]. Remove the --- line."));
                        }
                    }
                    optional.forEach((setting, value) -> {
                        if (value.isBlank() && line.text().matches(".*\\$\\{\\s*clinic\\." + setting + "\\b.*")
                                && !SAID_ONLY_WHEN_SET.get(setting).contains(entry)) {
                            findings.error(line.problem("\"${clinic." + setting + "}\" is empty in the settings, so"
                                    + " callers would hear nothing there (\"at .\"). Fill in the " + setting.replace('_', ' ')
                                    + ", or take it out of this sentence."));
                        }
                    });
                }
                if (spoken) {
                    tooLong(entry, w, hasParts(prompts.tree(), entry), findings);
                }
            }
        });
    }

    private static void symbols(String language, WrittenLine line, Findings findings) {
        String text = line.text();
        Matcher bare = NO_BRACES.matcher(text);
        if (bare.find()) {
            findings.error(line.problem("\"$" + bare.group(1) + "\" needs braces: write ${" + bare.group(1) + "}."
                    + " Without them callers hear \"" + bare.group(1) + "\" as it is written."));
        }
        if (text.contains("&")) {
            findings.error(line.problem("\"&\" is read out as a symbol: write \"" + (language.equals("es") ? "y" : "and")
                    + "\" instead."));
        }
        if (text.contains("<") || text.contains(">")) {
            findings.error(line.problem("\"" + (text.contains("<") ? "<" : ">") + "\" is not a word callers can hear:"
                    + " remove it, or write what you mean in words."));
        }
        if (text.contains("#")) {
            findings.error(line.problem("\"#\" is read out as a symbol: write the word callers should hear, such as"
                    + " \"pound\" for the key."));
        }
        if (text.contains("[") || text.contains("]")) {
            findings.error(line.problem("brackets are never said to callers: a line that starts with [ names a new"
                    + " entry, and needs its closing ]. Remove the bracket, or close it on a line of its own."));
        }
    }

    /** Each part is said in one go: Polly reads at most {@link Speech#MAX_CHARACTERS} characters at a time. */
    private static void tooLong(EntryName entry, Wording w, boolean answer, Findings findings) {
        List<Speech> parts = w.parts(entry);
        for (int i = 0; i < parts.size(); i++) {
            int length = parts.get(i).plainText().length();
            if (length > Speech.MAX_CHARACTERS) {
                String which = parts.size() > 1 ? "part " + (i + 1) + " of [" + entry + "]" : "[" + entry + "]";
                w.source(entry).ifPresent(where -> findings.error(where.problem(which + " is " + String.format("%,d", length)
                        + " characters long; the phone's voice reads at most " + String.format("%,d", Speech.MAX_CHARACTERS)
                        + " at a time (about 450 words)." + (answer ? " Split it into parts with a line of ---, or shorten it."
                        : " Shorten it."))));
            }
        }
    }

    private static boolean hasParts(PhoneTree tree, EntryName entry) {
        return entry instanceof NodeEntry n && n.kind() == NodeEntry.Kind.PASSAGE && tree.isTopic(n.node())
                && !n.node().equals(PhoneTree.HOURS);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
