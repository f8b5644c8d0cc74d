package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command line as typed: what each command accepts, and the words of each usage mistake. */
class ArgumentsTest {

    static Arguments parse(String... args) throws Arguments.UsageException {
        return Arguments.parse(args);
    }

    static String mistake(String... args) {
        try {
            Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + List.of(args));
    }

    @Test
    void noCommandServes() throws Exception {
        Arguments serve = parse();
        assertThat(serve.command()).isEqualTo("serve");
        assertThat(serve.flags()).isEmpty();
        assertThat(serve.dir()).isEmpty();
    }

    @Test
    void helpHasThreeSpellings() throws Exception {
        for (String help : new String[] {"help", "--help", "-h"}) {
            assertThat(parse(help).command()).as(help).isEqualTo("help");
        }
    }

    @Test
    void theFolderIsTheWordAfterTheCommand() throws Exception {
        assertThat(parse("validate", "my-prompts").dir()).contains("my-prompts");
        assertThat(parse("validate").dir()).isEmpty();
        assertThat(parse("script", "--html", "p").dir()).contains("p");
    }

    @Test
    void aFlagIsThereOrNotAndAnOptionHasItsValue() throws Exception {
        Arguments call = parse("call", "--lang", "es", "--speak", "p");
        assertThat(call.has("--speak")).isTrue();
        assertThat(call.value("--lang")).contains("es");
        assertThat(call.dir()).contains("p");
        assertThat(call.flags()).isEqualTo(Map.of("--lang", "es", "--speak", ""));

        Arguments quiet = parse("call", "p");
        assertThat(quiet.has("--speak")).isFalse();
        assertThat(quiet.value("--lang")).isEqualTo(Optional.empty());
    }

    @Test
    void anOptionsValueIsNotTakenForTheFolder() throws Exception {
        Arguments call = parse("call", "--lang", "es");
        assertThat(call.dir()).isEmpty();
        assertThat(call.words()).isEmpty();
    }

    @Test
    void promptsTakesExportOrImportThenAFolder() throws Exception {
        Arguments export = parse("prompts", "export", "out");
        assertThat(export.words()).containsExactly("export", "out");
        assertThat(export.dir()).contains("out");
        Arguments in = parse("prompts", "import", "edited", "--note", "New goodbye", "--by", "Dev");
        assertThat(in.words()).containsExactly("import", "edited");
        assertThat(in.value("--note")).contains("New goodbye");
        assertThat(in.value("--by")).contains("Dev");
    }

    @Test
    void promptsWithoutBothWordsOrWithAnotherVerbIsAMistake() {
        String needs = "\"prompts\" needs export or import, then a folder, as in: prompts export DIR";
        assertThat(mistake("prompts")).isEqualTo(needs);
        assertThat(mistake("prompts", "export")).isEqualTo(needs);
        assertThat(mistake("prompts", "export", "a", "b")).isEqualTo(needs);
        assertThat(mistake("prompts", "publish", "a")).isEqualTo(needs);
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertThat(mistake("publish")).isEqualTo("Unknown command \"publish\".");
    }

    @Test
    void anOptionOfAnotherCommandIsNamedWithTheCommand() {
        assertThat(mistake("validate", "--html")).isEqualTo("\"validate\" has no option --html.");
        assertThat(mistake("script", "--lang", "es")).isEqualTo("\"script\" has no option --lang.");
    }

    @Test
    void anOptionWithoutItsValueSaysHowToGiveIt() {
        assertThat(mistake("call", "--lang")).isEqualTo("--lang needs a value, as in --lang es.");
        assertThat(mistake("prompts", "import", "p", "--by")).isEqualTo("--by needs a value, as in --by es.");
    }

    @Test
    void wordsACommandDoesNotTakeAreNamed() {
        assertThat(mistake("validate", "a", "b")).isEqualTo("\"validate\" does not take a b.");
        assertThat(mistake("serve", "prompts")).isEqualTo("\"serve\" does not take prompts.");
        assertThat(mistake("help", "me")).isEqualTo("\"help\" does not take me.");
    }

    @Test
    void oneFolderIsTakenByEveryCommandThatReadsPrompts() throws Exception {
        for (String command : new String[] {"validate", "script", "call"}) {
            assertThat(parse(command, "p").dir()).as(command).contains("p");
        }
    }
}
