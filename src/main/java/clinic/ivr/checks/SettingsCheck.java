package clinic.ivr.checks;

import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings as callers hear them: a {@code #} that ends a value early (YAML reads the rest of the line
 * as a note) or is said as a symbol, and, before a change is published, a special day that has already
 * passed, most often a year typed wrong.
 */
public final class SettingsCheck {

    /** An unquoted value followed by a note on the same line: "name: Clinic #2" is only "Clinic". */
    private static final Pattern NOTE_AFTER_VALUE = Pattern.compile("^\\s*([^\\s:#\"'][^:#]*):\\s+([^\\s\"'#][^#]*?)\\s+#(.*)$");

    public void check(Prompts prompts, Findings findings) {
        String file = prompts.files().display(PromptFiles.SETTINGS);
        String[] lines = prompts.files().text(PromptFiles.SETTINGS).orElse("").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = NOTE_AFTER_VALUE.matcher(lines[i]);
            if (m.matches()) {
                findings.error(new Source(file, i + 1).problem("the words after \"#\" on this line are a note, not part of"
                        + " the value: " + m.group(1).strip() + " is only \"" + m.group(2).strip() + "\". Put the whole value in"
                        + " quotes to keep the #, or move the note to a line of its own."));
            }
        }
        Map<String, String> said = Map.of("name", String.valueOf(prompts.clinic().name()),
                "address", Optional.ofNullable(prompts.clinic().address()).orElse(""));
        said.forEach((setting, value) -> {
            if (value.contains("#")) {
                findings.error(prompts.setting(setting).problem("\"#\" in the clinic's " + setting + " is read out as a"
                        + " symbol: write the word callers should hear, such as \"number\"."));
            }
        });
    }

    /** A special day before today, in the clinic's time zone: checked before a change is published. */
    public void checkDays(Prompts prompts, LocalDate today, Findings findings) {
        for (String day : prompts.clinic().hours().special().keySet()) {
            try {
                LocalDate date = LocalDate.parse(day.strip());
                if (date.isBefore(today)) {
                    findings.error(prompts.setting("hours.special_days." + day).problem("the special day " + date
                            + " has already passed (today is " + today + "): check the year, or remove this day."));
                }
            } catch (DateTimeParseException e) {
                // the loader has said so already
            }
        }
    }
}
