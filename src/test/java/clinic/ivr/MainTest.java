package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.store.DataFolder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as staff type them: exit codes and what they print. */
class MainTest {

    @TempDir
    Path temp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String input, String... args) throws Exception {
        return Main.run(args, env, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A day when every shipped special day is still to come. */
    int run(String... args) throws Exception {
        return run(Map.of("IVR_NOW", TestLine.OPEN.toString()), "", args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateOfTheShippedPromptsExitsZeroAndReportsEachMenusLength() throws Exception {
        assertThat(run("validate", "prompts")).as(err()).isZero();
        assertThat(out()).as(out()).startsWith("OK: the line can use prompts");
        for (String row : new String[] {"main       en           63     25 s     30 s", "faq        en           54     22 s",
                "main       es", "faq        es", "faq-start      en       3 5       74     30 s     35 s"}) {
            assertThat(out()).as(() -> "no row \"" + row + "\" in:\n" + out()).contains(row);
        }
    }

    @Test
    void validateOfABrokenCopyExitsOneAndNamesFileAndLine() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("en/faq.txt", "Many people feel");
        prompts.edit("en/faq.txt", "Many people feel", "Many people at ${clinic.nam} feel");
        assertThat(run("validate", prompts.dir().toString())).isOne();
        assertThat(out()).as(out()).contains("  prompts/en/faq.txt line " + line + ": \"${clinic.nam}\" is not a known setting;"
                + " did you mean clinic.name?");
    }

    @Test
    void validateReadsPromptsDirWhenNoFolderIsGiven() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("menus.yaml", "  2: faq-painful");
        prompts.edit("menus.yaml", "  2: faq-painful", "  1: faq-painful");
        assertThat(run(Map.of("PROMPTS_DIR", prompts.dir().toString()), "", "validate")).isOne();
        assertThat(out()).as(out()).contains("prompts/menus.yaml line " + line + ": ");
    }

    @Test
    void serveRefusesAShortStaffPasswordAndSaysWhy() throws Exception {
        assertThat(run(Map.of("STAFF_PASSWORD", "secret", "DATA_DIR", temp.toString(), "PORT", "0"), "")).isOne();
        assertThat(err()).as(err()).startsWith("Cannot start: STAFF_PASSWORD is too short");
    }

    @Test
    void serveRefusesADataFolderAnotherLineHoldsAndSaysWhy() throws Exception {
        try (DataFolder held = DataFolder.open(temp)) {
            assertThat(run(Map.of("DATA_DIR", temp.toString(), "PORT", "0"), "")).isOne();
        }
        assertThat(err()).as(err()).startsWith("The phone line cannot start: another clinic-ivr process is using the data folder "
                + temp.toAbsolutePath());
    }

    @Test
    void anUnknownCommandPrintsTheUsageOnStandardErrorAndExitsTwo() throws Exception {
        assertThat(run("publish")).isEqualTo(2);
        assertThat(err()).as(err()).startsWith("Unknown command \"publish\".");
        assertThat(err()).as(err()).contains("validate [DIR]");
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageMistake() throws Exception {
        assertThat(run("script", "--pdf")).isEqualTo(2);
        assertThat(err()).as(err()).contains("\"script\" has no option --pdf.");
    }

    @Test
    void helpPrintsTheCommands() throws Exception {
        assertThat(run("help")).isZero();
        assertThat(out()).as(out()).contains("call [--speak] [--lang es] [DIR]");
    }

    @Test
    void scriptPrintsMarkdownAndHtmlOnRequest() throws Exception {
        assertThat(run("script", "prompts")).isZero();
        assertThat(out()).as(out()).startsWith("# Phone script: Gramercy Physical Therapy\n");
        out.reset();
        assertThat(run("script", "--html", "prompts")).isZero();
        assertThat(out()).as(out()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    }

    @Test
    void scriptOfBrokenPromptsSaysSoAndExitsOne() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("clinic.yaml", "phone: \"+1");
        prompts.edit("clinic.yaml", "phone: \"+1", "phone \"+1");
        assertThat(run("script", prompts.dir().toString())).isOne();
        assertThat(err()).as(err()).contains("prompts/clinic.yaml line " + line + ": ");
    }

    @Test
    void callInSpanishPressesEightForTheCaller() throws Exception {
        assertThat(run(Map.of(), "q\n", "call", "--lang", "es", "prompts")).isZero();
        assertThat(out()).as(out()).contains("> 8\n");
        assertThat(out()).as(out()).contains("Para saber qué es la tracción, oprima 1.");
    }

    @Test
    void validateSaysWhenFrontDeskNumberPutsCallsThroughToAnotherNumberThanTheStaffs() throws Exception {
        assertThat(run(Map.of("IVR_NOW", TestLine.OPEN.toString(), "FRONT_DESK_NUMBER", "+12125550100"), "", "validate",
                "prompts")).as(err()).isZero();
        assertThat(out()).contains("Note: FRONT_DESK_NUMBER is set, so calls are put through to +12125550100, not to the"
                + " front desk number in clinic.yaml (+12125985913).");
    }

    @Test
    void aSpecialDayThatHasPassedFailsValidate() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("clinic.yaml", "2026-12-24:");
        prompts.edit("clinic.yaml", "2026-12-24:", "2025-12-24:");
        assertThat(run("validate", prompts.dir().toString())).isOne();
        assertThat(out()).contains("  prompts/clinic.yaml line " + line + ": the special day 2025-12-24 has already passed");
    }

    @Test
    void promptsImportPublishesAFolderThatPassesAndExportWritesItBack() throws Exception {
        Map<String, String> env = Map.of("IVR_NOW", TestLine.OPEN.toString(), "DATA_DIR", temp.resolve("data").toString(),
                "PROMPTS_DIR", "prompts");
        PromptsCopy edited = PromptsCopy.in(temp.resolve("edited"));
        edited.edit("en/line.txt", "Take care. Goodbye.", "Take good care. Goodbye.");
        assertThat(run(env, "", "prompts", "import", edited.dir().toString(), "--by", "Dev", "--note", "New goodbye"))
                .as(err() + out()).isZero();
        assertThat(out()).contains("Published " + edited.dir() + " as version 1: every running line answers with it");
        assertThat(run(env, "", "prompts", "import", edited.dir().toString())).isZero();
        assertThat(out()).contains("Nothing to import: version 1 already has these words.");

        PromptsCopy broken = PromptsCopy.in(temp.resolve("broken"));
        broken.edit("en/line.txt", "Take care. Goodbye.", "Take care & goodbye.");
        assertThat(run(env, "", "prompts", "import", broken.dir().toString())).isOne();
        assertThat(out()).contains("write \"and\" instead").contains("Nothing was published.");

        Path exported = temp.resolve("exported");
        assertThat(run(env, "", "prompts", "export", exported.toString())).as(err()).isZero();
        assertThat(out()).contains("Wrote version 1 of the phone's words (by Dev");
        assertThat(java.nio.file.Files.readString(exported.resolve("en/line.txt"))).isEqualTo(edited.read("en/line.txt"));
        assertThat(exported.resolve("templates/menu.ftlx")).exists();
        assertThat(run(env, "", "validate", exported.toString())).isZero();
    }

    @Test
    void promptsNeedsExportOrImportAndAFolder() throws Exception {
        assertThat(run("prompts", "publish", "x")).isEqualTo(2);
        assertThat(err()).contains("\"prompts\" needs export or import, then a folder");
    }
}
