package clinic.ivr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line: a command (serve when none), its flags, and the prompts folder when given.
 * Anything else is a usage mistake, reported before anything runs.
 *
 * @param command the command, such as "validate"
 * @param flags   the flags given, such as --html, and options with their values, such as --lang es
 * @param words   what follows the command besides its flags: the prompts folder, or for {@code prompts}
 *                export or import, then the folder
 */
record Arguments(String command, Map<String, String> flags, List<String> words) {

    /** Each command's flags; a flag mapped to true takes a value. */
    private static final Map<String, Map<String, Boolean>> COMMANDS = Map.of(
            "serve", Map.of(),
            "validate", Map.of(),
            "warm-up", Map.of(),
            "script", Map.of("--html", false),
            "call", Map.of("--speak", false, "--lang", true),
            "prompts", Map.of("--note", true, "--by", true),
            "help", Map.of());
    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Set<String> WITHOUT_FOLDER = Set.of("serve", "help");

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(String[] args) throws UsageException {
        String command = args.length == 0 ? "serve" : HELP.contains(args[0]) ? "help" : args[0];
        Map<String, Boolean> known = COMMANDS.get(command);
        if (known == null) {
            throw new UsageException("Unknown command \"" + command + "\".");
        }
        Map<String, String> flags = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                Boolean takesValue = known.get(arg);
                if (takesValue == null) {
                    throw new UsageException("\"" + command + "\" has no option " + arg + ".");
                }
                if (takesValue && i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value, as in " + arg + " es.");
                }
                flags.put(arg, takesValue ? args[++i] : "");
            } else {
                rest.add(arg);
            }
        }
        if (command.equals("prompts")) {
            if (rest.size() != 2 || !Set.of("export", "import").contains(rest.get(0))) {
                throw new UsageException("\"prompts\" needs export or import, then a folder, as in: prompts export DIR");
            }
        } else if (rest.size() > (WITHOUT_FOLDER.contains(command) ? 0 : 1)) {
            throw new UsageException("\"" + command + "\" does not take " + String.join(" ", rest) + ".");
        }
        return new Arguments(command, Map.copyOf(flags), List.copyOf(rest));
    }

    /** The prompts folder, when given: the last word after the command. */
    Optional<String> dir() {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(words.size() - 1));
    }

    boolean has(String flag) {
        return flags.containsKey(flag);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(flags.get(option));
    }
}
