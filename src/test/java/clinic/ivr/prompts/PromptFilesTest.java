package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A prompts folder read into named texts: only the files the line reads, each named as staff see it. */
class PromptFilesTest {

    @TempDir
    Path temp;

    Path folder(Map<String, String> files) throws Exception {
        Path dir = temp.resolve("prompts");
        for (var file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return dir;
    }

    @Test
    void theLineReadsTheSettingsTheTreeTheWordsAndTheTemplatesOnly() throws Exception {
        Path dir = folder(Map.of("clinic.yaml", "name: x\n", "menus.yaml", "main: {}\n", "en/line.txt", "[welcome]\n",
                "en/.#line.txt", "lock", "en/notes.md", "notes", "templates/menu.ftlx", "<Response/>",
                "templates/menu.txt", "not a template", ".git/config", "x", "README.md", "read me", "en/old/line.txt", "old"));
        PromptFiles files = PromptFiles.read(dir);
        assertThat(files.texts()).containsOnlyKeys("clinic.yaml", "menus.yaml", "en/line.txt", "templates/menu.ftlx");
        assertThat(files.unreadable()).isEmpty();
        assertThat(files.root()).isEqualTo("prompts");
        assertThat(files.display("en/line.txt")).isEqualTo("prompts/en/line.txt");
        assertThat(files.hasFolder("en")).isTrue();
        assertThat(files.hasFolder(".git")).isFalse();
        assertThat(files.list("en", ".txt")).containsExactly("en/line.txt");
        assertThat(files.text("en/line.txt")).hasValue("[welcome]\n");
        assertThat(files.has("README.md")).isFalse();
    }

    @Test
    void aFileSavedWithAByteOrderMarkIsReadWithoutIt() throws Exception {
        Path dir = folder(Map.of("clinic.yaml", "\uFEFFname: x\n"));
        assertThat(PromptFiles.read(dir).text("clinic.yaml")).hasValue("name: x\n");
    }

    @Test
    void aFileNotSavedAsUtf8IsNamed() throws Exception {
        Path dir = folder(Map.of("en/line.txt", "ok"));
        Files.write(dir.resolve("en/faq.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        PromptFiles files = PromptFiles.read(dir);
        assertThat(files.unreadable()).containsExactly(new Problem("prompts/en/faq.txt", 0, "is not saved as UTF-8 text."
                + " Save it again as UTF-8."));
        assertThat(files.has("en/faq.txt")).isFalse();

        Files.write(dir.resolve("clinic.yaml"), "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        PromptsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new PromptsLoader(java.util.Optional.empty()).load(dir), PromptsException.class);
        assertThat(e.problems()).extracting(Problem::toString).contains("prompts/clinic.yaml: is not saved as UTF-8 text. Save"
                + " it again as UTF-8.").doesNotContain("prompts/clinic.yaml: this file is missing.")
                .contains("prompts/menus.yaml: this file is missing.");
    }

    @Test
    void aMissingFolderIsOneProblemSayingWhatToGive() throws Exception {
        PromptFiles files = PromptFiles.read(temp.resolve("nowhere"));
        assertThat(files.missing()).isTrue();
        assertThat(files.unreadable()).singleElement().extracting(Problem::message).asString()
                .isEqualTo("there is no folder here. Give the folder that holds clinic.yaml and menus.yaml: to"
                        + " validate, or in PROMPTS_DIR when the line starts.");
        PromptsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new PromptsLoader(java.util.Optional.empty()).load(temp.resolve("nowhere")), PromptsException.class);
        assertThat(e.problems()).isEqualTo(files.unreadable());
        PromptFiles aFile = PromptFiles.read(Files.writeString(temp.resolve("a-file"), "x"));
        assertThat(aFile.missing()).isTrue();
        assertThat(aFile.unreadable()).singleElement().extracting(Problem::message).asString()
                .startsWith("this is a file, not the prompts folder. Give the folder that holds clinic.yaml");
    }

    @Test
    void staffMayChangeTheSettingsTheTreeAndEachLanguagesWords() {
        PromptFiles shipped = new EditedPrompts().files();
        assertThat(shipped.editable()).containsKeys("clinic.yaml", "menus.yaml", "en/faq.txt", "es/line.txt")
                .allSatisfy((name, text) -> assertThat(name).doesNotStartWith("templates/"));
        assertThat(shipped.templates()).containsKeys("templates/menu.ftlx", "templates/lib.ftlx")
                .allSatisfy((name, text) -> assertThat(name).startsWith("templates/"));
        assertThat(PromptFiles.isEditable("en/faq.txt")).isTrue();
        assertThat(PromptFiles.isEditable("templates/menu.ftlx")).isFalse();
        assertThat(PromptFiles.isEditable("eng/faq.txt")).isFalse();
        assertThat(PromptFiles.isEditable("en/faq.ftlx")).isFalse();
        assertThat(PromptFiles.isEditable("en/old/faq.txt")).isFalse();
    }

    @Test
    void aVersionIsAnsweredWithTheFoldersTemplates() throws Exception {
        PromptFiles version = PromptFiles.of(Map.of("clinic.yaml", "a", "en/line.txt", "b"));
        Path dir = folder(Map.of("clinic.yaml", "other", "templates/menu.ftlx", "new", "templates/lib.ftlx", "lib"));
        Files.write(dir.resolve("templates/bad.ftlx"), new byte[] {(byte) 0xff});
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff});
        Files.createDirectories(dir.resolve("en"));
        Files.write(dir.resolve("en/bad.txt"), new byte[] {(byte) 0xff});
        PromptFiles answered = version.withTemplatesOf(PromptFiles.read(dir));
        assertThat(answered.texts()).containsExactly(Map.entry("clinic.yaml", "a"), Map.entry("en/line.txt", "b"),
                Map.entry("templates/lib.ftlx", "lib"), Map.entry("templates/menu.ftlx", "new"));
        assertThat(answered.hasFolder(PromptFiles.TEMPLATES)).isTrue();
        assertThat(answered.unreadable()).extracting(Problem::file).containsExactly("prompts/templates/bad.ftlx");
        assertThat(PromptFiles.of(Map.of("clinic.yaml", "a")).withTemplatesOf(PromptFiles.of(Map.of("clinic.yaml", "b")))
                .hasFolder(PromptFiles.TEMPLATES)).isFalse();
    }

    @Test
    void aFixedEntryAVersionLacksIsTakenFromTheFoldersSameLanguageWithItsNotesAndTheStaffsWordsAreKept() {
        PromptFiles folder = PromptFiles.of(Map.of(
                "en/line.txt", "# The line's words.\n\n[welcome]\nHello.\n\n# Said when the caller asks the line to wait.\n"
                        + "[wait-now]\nTake your time.\n\n[words.wait]\nhold on\n",
                "en/desk.txt", "[goodbye]\nBye.\n\n[not-an-entry-of-the-line]\nx\n",
                "es/line.txt", "[welcome]\nHola.\n\n[wait-now]\nAquí espero.\n\n[words.wait]\nun momento\n"));
        PromptFiles version = PromptFiles.of(Map.of("clinic.yaml", "name: x",
                "en/line.txt", "# Staff's notes.\n[welcome]\nThanks for calling!\n\n# mine\n[words.wait]\nwait up\n",
                "en/desk.txt", "[goodbye]\nSee you.\n", "es/line.txt", "[welcome]\n¡Gracias!\n"));
        Map<String, String> answered = version.withTemplatesOf(folder).editable();
        assertThat(answered.get("en/line.txt")).isEqualTo("# Staff's notes.\n[welcome]\nThanks for calling!\n\n# mine\n"
                + "[words.wait]\nwait up\n\n# Said when the caller asks the line to wait.\n[wait-now]\nTake your time.\n");
        assertThat(answered.get("en/desk.txt")).as("nothing lacking, nothing that is not the line's").isEqualTo("[goodbye]\nSee you.\n");
        assertThat(answered.get("es/line.txt")).isEqualTo("[welcome]\n¡Gracias!\n\n[wait-now]\nAquí espero.\n\n[words.wait]\nun momento\n");
        assertThat(answered.get("clinic.yaml")).isEqualTo("name: x");
        assertThat(PromptFiles.of(answered).withTemplatesOf(folder).editable()).as("complete: as it was").isEqualTo(answered);
    }

    @Test
    void theFingerprintChangesWithAnyFileAndTheEditableOneOnlyWithStaffsFiles() {
        PromptFiles a = PromptFiles.of(Map.of("clinic.yaml", "a", "templates/menu.ftlx", "t"));
        PromptFiles sameWords = PromptFiles.of(Map.of("clinic.yaml", "a", "templates/menu.ftlx", "u"));
        PromptFiles otherWords = PromptFiles.of(Map.of("clinic.yaml", "b", "templates/menu.ftlx", "t"));
        assertThat(a.fingerprint()).hasSize(12).isNotEqualTo(sameWords.fingerprint()).isNotEqualTo(otherWords.fingerprint())
                .isEqualTo(PromptFiles.of(Map.of("templates/menu.ftlx", "t", "clinic.yaml", "a")).fingerprint());
        assertThat(a.editableFingerprint()).isEqualTo(sameWords.editableFingerprint()).isNotEqualTo(otherWords.editableFingerprint());
        assertThat(PromptFiles.of(Map.of("a", "x")).fingerprint()).as("a file renamed")
                .isNotEqualTo(PromptFiles.of(Map.of("b", "x")).fingerprint());
        assertThat(PromptFiles.of(Map.of("a", "x"))).isNotEqualTo(PromptFiles.of(Map.of("a", "y")))
                .isNotEqualTo(PromptFiles.of(Map.of("b", "x"))).isNotEqualTo("a");
        assertThat(PromptFiles.of(Map.of("ab", "c")).fingerprint()).as("names and texts are kept apart")
                .isNotEqualTo(PromptFiles.of(Map.of("a", "bc")).fingerprint());
    }

    @Test
    void theSameFilesNamedTheSameWayAreTheSameSet() throws Exception {
        Path dir = folder(Map.of("clinic.yaml", "a", "en/line.txt", "b"));
        PromptFiles read = PromptFiles.read(dir);
        PromptFiles version = PromptFiles.of(Map.of("clinic.yaml", "a", "en/line.txt", "b"));
        assertThat(read).isEqualTo(version).hasSameHashCodeAs(version);
        assertThat(read.sameAs(version)).as("both named under prompts/").isTrue();
        assertThat(read.sameAs(PromptFiles.read(dir))).isTrue();
        assertThat(version.sameAs(PromptFiles.of(Map.of("clinic.yaml", "a")))).isFalse();
        Path elsewhere = folder(Map.of()).resolveSibling("other");
        Files.createDirectories(elsewhere.resolve("en"));
        Files.writeString(elsewhere.resolve("clinic.yaml"), "a");
        Files.writeString(elsewhere.resolve("en/line.txt"), "b");
        assertThat(PromptFiles.read(elsewhere).sameAs(read)).as("named under other/").isFalse();
        Files.createDirectories(dir.resolve("es"));
        assertThat(PromptFiles.read(dir).sameAs(read)).as("a new empty folder").isFalse();
        Files.write(dir.resolve("en/bad.txt"), new byte[] {(byte) 0xff});
        assertThat(PromptFiles.read(dir)).isEqualTo(read);
        assertThat(PromptFiles.read(dir).sameAs(PromptFiles.read(dir.resolve("..").resolve("prompts")))).isTrue();
    }
}
