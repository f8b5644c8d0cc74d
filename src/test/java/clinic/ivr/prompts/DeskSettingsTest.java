package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.AssertionsForClassTypes.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff mistakes in the hours, the address and the front desk's words are named by file and line. */
class DeskSettingsTest {

    @TempDir
    Path temp;

    Path copyOfPrompts() throws IOException {
        Path target = temp.resolve("prompts");
        Path source = Path.of("prompts");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("the shipped file has " + from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    List<String> problems(Path prompts) {
        PromptsException e = assertThatExceptionOfType(PromptsException.class).isThrownBy(() -> new PromptsLoader(Optional.empty()).load(prompts)).actual();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theShippedHoursAreSaidInBothLanguages() throws Exception {
        Prompts prompts = new PromptsLoader(Optional.empty()).load(Path.of("prompts"));
        assertThat(prompts.wording("en").hours(FixedEntry.HOURS_WEEK, Map.of()).plainText()).isEqualTo("Our usual hours are Monday to Friday, 8 AM to 7 PM.");
        assertThat(prompts.wording("es").hours(FixedEntry.HOURS_WEEK, Map.of()).plainText()).isEqualTo("Nuestro horario habitual es de lunes a viernes, de 8 de la mañana a 7 de la noche.");
        assertThat(prompts.flow().hours().zone().getId()).isEqualTo("America/New_York");
    }

    @Test
    void aMistakeInTheHoursNamesTheFileAndLine() throws Exception {
        Path prompts = copyOfPrompts();
        Path yaml = prompts.resolve("clinic.yaml");
        replace(yaml, "  tuesday: 8:00-19:00", "  tuesday: 8:00-7:00");
        replace(yaml, "time_zone: America/New_York", "time_zone: Eastern");
        replace(yaml, "2026-12-25: closed", "2026-25-12: closed");
        List<String> problems = problems(prompts);
        String all = String.join("\n", problems);
        assertThat(all).as(all).contains("prompts/clinic.yaml line " + lineOf(yaml, "tuesday:") + ": \"8:00-7:00\": the closing time"
                + " must come after the opening time");
        assertThat(all).as(all).contains("prompts/clinic.yaml line " + lineOf(yaml, "time_zone:") + ": \"Eastern\" is not a time zone");
        assertThat(all).as(all).contains("prompts/clinic.yaml line " + lineOf(yaml, "2026-25-12") + ": \"2026-25-12\" is not a date");
    }

    @Test
    void aBookingLinkThatIsNotAWebAddressIsNamed() throws Exception {
        Path prompts = copyOfPrompts();
        Path yaml = prompts.resolve("clinic.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\nbooking_link: \"our website\"\n");
        String all = String.join("\n", problems(prompts));
        assertThat(all).as(all).contains("prompts/clinic.yaml line " + lineOf(yaml, "booking_link: \"our website\"") + ": \"our website\" is not a web"
                + " address");
    }

    @Test
    void everyLanguageNeedsTheFrontDesksWords() throws Exception {
        Path prompts = copyOfPrompts();
        replace(prompts.resolve("es/desk.txt"), "[desk-closed]", "[desk-closd]");
        String all = String.join("\n", problems(prompts));
        assertThat(all).as(all).contains("prompts/es/desk.txt: the entry [desk-closed] is missing; prompts/en/desk.txt line "
                + lineOf(prompts.resolve("en/desk.txt"), "[desk-closed]") + " has it");
        assertThat(all).as(all).contains("[desk-closd] is not used by the line");
    }

    @Test
    void anUnknownSettingInStaffTextIsNamed() throws Exception {
        Path prompts = copyOfPrompts();
        Path desk = prompts.resolve("en/hours.txt");
        replace(desk, "Our usual hours are ${clinic.hours}.", "Our usual hours are ${clinic.hour}.");
        String all = String.join("\n", problems(prompts));
        assertThat(all).as(all).contains("prompts/en/hours.txt line " + lineOf(desk, "Our usual hours are"));
        assertThat(all).as("suggests the right name: " + all).contains("clinic.hours");
    }
}
