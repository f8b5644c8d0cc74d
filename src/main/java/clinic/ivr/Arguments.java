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
 * @param dir     the prompts folder, when given
 */
record Arguments(String command, Map<String, String> flags, Optional<String> dir) {

    /** Each command's flags; a flag mapped to true takes a value. */
    private static final Map<String, Map<String, Boolean>> COMMANDS = Map.of(
            "serve", Map.of(),
            "validate", Map.of(),
            "script", Map.of("--html", false),
            "call", Map.of("--speak", false, "--lang", true),
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
        if (rest.size() > (WITHOUT_FOLDER.contains(command) ? 0 : 1)) {
            throw new UsageException("\"" + command + "\" does not take " + String.join(" ", rest) + ".");
        }
        return new Arguments(command, Map.copyOf(flags), rest.stream().findFirst());
    }

    boolean has(String flag) {
        return flags.containsKey(flag);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(flags.get(option));
    }
}
