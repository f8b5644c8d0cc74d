package clinic.ivr.prompts;

import clinic.ivr.desk.PhoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front desk's number as {@code clinic.yaml} still gives it when the prompts as a whole cannot be
 * used (a mistake elsewhere, or in the file itself): the one setting a caller needs to reach a person.
 * Read leniently, as YAML when the file parses, else line by line.
 */
public final class LastResortDesk {

    private static final Pattern NUMBER = Pattern.compile("^\\s+number:\\s*[\"']?([^\"'#\\s]+)[\"']?\\s*(#.*)?$");

    private LastResortDesk() {}

    /** The number, when the folder's clinic.yaml names one in E.164 form. Never throws. */
    public static Optional<PhoneNumber> read(Path promptsDir) {
        Path file = promptsDir.resolve(PromptFiles.SETTINGS);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return asYaml(text).or(() -> byLines(text.lines().toList())).flatMap(PhoneNumber::e164);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> asYaml(String text) {
        try {
            JsonNode number = new ObjectMapper(new YAMLFactory()).readTree(text).path("front_desk").path("number");
            return number.isTextual() ? Optional.of(number.asText().trim()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The first indented "number:" after a "front_desk:" line. */
    private static Optional<String> byLines(List<String> lines) {
        boolean inFrontDesk = false;
        for (String line : lines) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                inFrontDesk = line.startsWith("front_desk:");
                continue;
            }
            Matcher m = NUMBER.matcher(line);
            if (inFrontDesk && m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
