package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build checks the shipped prompts and keeps what it found beside the jar; a line of the same build
 * starting on the same files takes those findings, and checks anything else as always.
 */
class BuildRecordTest {

    static final String BUILD = "2026-12-01T09:00:00.000Z";

    /** What the build kept, with one word changed: seeing it shows the line went by the record, not a new check. */
    static String kept;

    @BeforeAll
    static void buildChecksTheShippedPrompts(@TempDir Path build) throws Exception {
        Path file = build.resolve(BuildRecord.FILE);
        Validation atBuild = validator(new BuildRecord(Optional.of(file), BUILD, "", true))
                .validate(PromptsCopy.in(build).dir());
        assertThat(atBuild.ok()).as(atBuild.errors().toString()).isTrue();
        assertThat(file).as("the build keeps what it found").isRegularFile();
        kept = Files.readString(file).replace("callers remember a menu best", "RECORDED");
    }

    @TempDir
    Path temp;

    Path file;
    PromptsCopy prompts;

    @BeforeEach
    void beside() throws Exception {
        file = temp.resolve(BuildRecord.FILE);
        Files.writeString(file, kept);
        prompts = PromptsCopy.in(temp);
    }

    static Validator validator(BuildRecord record) {
        return new Validator(new PromptsLoader(Optional.empty()), Clock.systemUTC(), record);
    }

    Validation atStart(String build, String frontDesk) {
        return validator(new BuildRecord(Optional.of(file), build, frontDesk, false)).forCalls(
                PromptFiles.read(prompts.dir()));
    }

    static boolean recorded(Validation validation) {
        return validation.warnings().stream().map(Problem::message).anyMatch(m -> m.contains("RECORDED"));
    }

    @Test
    void theSameBuildOnTheSameFilesGoesByWhatTheBuildFound() {
        Validation start = atStart(BUILD, "");
        assertThat(start.ok()).isTrue();
        assertThat(start.prompts()).as("the prompts are still loaded to answer calls").isPresent();
        assertThat(recorded(start)).as(start.warnings().toString()).isTrue();
    }

    @Test
    void anotherBuildChecksAgain() {
        Validation start = atStart("2026-12-02T09:00:00.000Z", "");
        assertThat(recorded(start)).isFalse();
        assertThat(start.warnings()).extracting(Problem::message).anyMatch(m -> m.contains("callers remember a menu best"));
    }

    @Test
    void aChangedWordIsCheckedAgain() throws Exception {
        PromptsCopy.replace(prompts.dir().resolve("en/line.txt"), "front desk", "front  desk");
        assertThat(recorded(atStart(BUILD, ""))).isFalse();
    }

    @Test
    void anotherFrontDeskNumberIsCheckedAgain() {
        assertThat(recorded(atStart(BUILD, "+12125550123"))).isFalse();
    }

    @Test
    void theSameFilesInAFolderOfAnotherNameAreCheckedAgainSoProblemsNameTheirFolder() throws Exception {
        Files.move(prompts.dir(), temp.resolve("words"));
        Validation start = validator(new BuildRecord(Optional.of(file), BUILD, "", false)).forCalls(
                PromptFiles.read(temp.resolve("words")));
        assertThat(recorded(start)).isFalse();
        assertThat(start.warnings()).extracting(Problem::file).allMatch(f -> f.startsWith("words"));
    }

    @Test
    void aRecordThatCannotBeReadIsIgnoredAndThePromptsAreChecked() throws Exception {
        Files.writeString(file, "{\"build\": \"" + BUILD + "\", \"root\": ");
        Validation start = atStart(BUILD, "");
        assertThat(start.ok()).isTrue();
        assertThat(start.warnings()).extracting(Problem::message).anyMatch(m -> m.contains("callers remember a menu best"));
    }

    @Test
    void aLineStartingNeverWritesTheRecord() throws Exception {
        PromptsCopy.replace(prompts.dir().resolve("en/line.txt"), "front desk", "front  desk");
        String before = Files.readString(file);
        atStart(BUILD, "");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aBrokenFolderCheckedWithTheSameJarLeavesTheLastGoodRecord() throws Exception {
        PromptsCopy.replace(prompts.dir().resolve("en/line.txt"), "front desk", "${clinic.nam}");
        Validation broken = validator(new BuildRecord(Optional.of(file), BUILD, "", true)).validate(prompts.dir());
        assertThat(broken.ok()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(kept);
    }

    @Test
    void withoutAJarThereIsNoRecord() {
        // the tests run from compiled classes, not from a packaged jar: nothing to go by, nothing kept
        assertThat(BuildRecord.toRead(Optional.empty())).isSameAs(BuildRecord.NONE);
        assertThat(BuildRecord.toWrite(Optional.empty())).isSameAs(BuildRecord.NONE);
    }
}
