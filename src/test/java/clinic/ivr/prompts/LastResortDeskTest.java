package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.PhoneNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front desk's number, still found in a clinic.yaml the line cannot otherwise use. */
class LastResortDeskTest {

    @TempDir
    Path dir;

    Optional<String> read(String yaml) throws Exception {
        Files.writeString(dir.resolve("clinic.yaml"), yaml);
        return LastResortDesk.read(dir).map(PhoneNumber::text);
    }

    @Test
    void fromValidYaml() throws Exception {
        assertThat(read("name: Clinic\nfront_desk:\n  number: \"+12125985913\"\n")).isEqualTo(Optional.of("+12125985913"));
    }

    @Test
    void fromYamlThatNoLongerParses() throws Exception {
        String broken = "name: \"Clinic\n\tphone: +1\nfront_desk:\n# who answers\n  # the desk\n  number: '+12125985913' # ring it\n";
        assertThat(read(broken)).isEqualTo(Optional.of("+12125985913"));
    }

    @Test
    void fromYamlWrittenOnOneLine() throws Exception {
        assertThat(read("name: Clinic\nfront_desk: {number: \"+12125985913\", ring_seconds: 20}\n"))
                .isEqualTo(Optional.of("+12125985913"));
    }

    @Test
    void notWhenTheNumberIsNotOneOrIsElsewhere() throws Exception {
        assertThat(read("front_desk:\n  number: \"the desk\"\n")).isEqualTo(Optional.empty());
        assertThat(read("clinic:\n  number: \"+12125985913\"\nfront_desk:\n  ring_seconds: 20\n")).isEqualTo(Optional.empty());
        assertThat(LastResortDesk.read(dir.resolve("missing"))).isEqualTo(Optional.empty());
    }
}
