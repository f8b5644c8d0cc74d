package clinic.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    int run(String... args) throws Exception {
        return run(Map.of(), "", args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateOfTheShippedPromptsExitsZeroAndReportsEachMenusLength() throws Exception {
        assertEquals(0, run("validate", "prompts"), err());
        assertTrue(out().startsWith("OK: the line can use prompts"), out());
        for (String row : new String[] {"main       en           63     25 s     30 s", "faq        en           54     22 s",
                "main       es", "faq        es", "faq-start      en       3 5       74     30 s     35 s"}) {
            assertTrue(out().contains(row), () -> "no row \"" + row + "\" in:\n" + out());
        }
    }

    @Test
    void validateOfABrokenCopyExitsOneAndNamesFileAndLine() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("en/faq.txt", "Many people feel");
        prompts.edit("en/faq.txt", "Many people feel", "Many people at ${clinic.nam} feel");
        assertEquals(1, run("validate", prompts.dir().toString()));
        assertTrue(out().contains("  prompts/en/faq.txt line " + line + ": \"${clinic.nam}\" is not a known setting;"
                + " did you mean clinic.name?"), out());
    }

    @Test
    void validateReadsPromptsDirWhenNoFolderIsGiven() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("menus.yaml", "  2: faq-painful");
        prompts.edit("menus.yaml", "  2: faq-painful", "  1: faq-painful");
        assertEquals(1, run(Map.of("PROMPTS_DIR", prompts.dir().toString()), "", "validate"));
        assertTrue(out().contains("prompts/menus.yaml line " + line + ": "), out());
    }

    @Test
    void serveRefusesAShortStaffPasswordAndSaysWhy() throws Exception {
        assertEquals(1, run(Map.of("STAFF_PASSWORD", "secret", "DATA_DIR", temp.toString(), "PORT", "0"), ""));
        assertTrue(err().startsWith("Cannot start: STAFF_PASSWORD is too short"), err());
    }

    @Test
    void serveRefusesADataFolderAnotherLineHoldsAndSaysWhy() throws Exception {
        try (DataFolder held = DataFolder.open(temp)) {
            assertEquals(1, run(Map.of("DATA_DIR", temp.toString(), "PORT", "0"), ""));
        }
        assertTrue(err().startsWith("The phone line cannot start: another clinic-ivr process is using the data folder "
                + temp.toAbsolutePath()), err());
    }

    @Test
    void anUnknownCommandPrintsTheUsageOnStandardErrorAndExitsTwo() throws Exception {
        assertEquals(2, run("publish"));
        assertTrue(err().startsWith("Unknown command \"publish\"."), err());
        assertTrue(err().contains("validate [DIR]"), err());
        assertEquals("", out());
    }

    @Test
    void anUnknownOptionIsAUsageMistake() throws Exception {
        assertEquals(2, run("script", "--pdf"));
        assertTrue(err().contains("\"script\" has no option --pdf."), err());
    }

    @Test
    void helpPrintsTheCommands() throws Exception {
        assertEquals(0, run("help"));
        assertTrue(out().contains("call [--speak] [--lang es] [DIR]"), out());
    }

    @Test
    void scriptPrintsMarkdownAndHtmlOnRequest() throws Exception {
        assertEquals(0, run("script", "prompts"));
        assertTrue(out().startsWith("# Phone script: Gramercy Physical Therapy\n"), out());
        out.reset();
        assertEquals(0, run("script", "--html", "prompts"));
        assertTrue(out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), out());
    }

    @Test
    void scriptOfBrokenPromptsSaysSoAndExitsOne() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("clinic.yaml", "phone: \"+1");
        prompts.edit("clinic.yaml", "phone: \"+1", "phone \"+1");
        assertEquals(1, run("script", prompts.dir().toString()));
        assertTrue(err().contains("prompts/clinic.yaml line " + line + ": "), err());
    }

    @Test
    void callInSpanishPressesEightForTheCaller() throws Exception {
        assertEquals(0, run(Map.of(), "q\n", "call", "--lang", "es", "prompts"));
        assertTrue(out().contains("> 8\n"), out());
        assertTrue(out().contains("Para saber qué es la tracción, oprima 1."), out());
    }
}
