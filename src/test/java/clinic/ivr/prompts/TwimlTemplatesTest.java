package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.PromptsCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The developers' TwiML templates: every one a version needs, compiled when the prompts load. */
class TwimlTemplatesTest {

    final EditedPrompts prompts = new EditedPrompts();

    @Test
    void everyTemplateIsCompiledByItsName() {
        assertThat(prompts.load().templates()).containsKeys(Prompts.TEMPLATES.toArray(String[]::new)).containsKey("lib.ftlx");
    }

    @Test
    void aMissingTemplateIsNamedWithWhereToFindIt() {
        prompts.write("templates/goodbye.ftlx", null);
        assertThat(prompts.problems()).containsExactly("prompts/templates/goodbye.ftlx: this template is missing; restore it"
                + " from the copy that came with the line.");
    }

    @Test
    void aMissingFolderIsOneProblemNotOnePerTemplate() {
        for (String name : prompts.files().templates().keySet()) {
            prompts.write(name, null);
        }
        assertThat(prompts.problems()).containsExactly("prompts/templates: this folder is missing.");
    }

    /** An empty folder once let every answer fail to render with "template is null". */
    @Test
    void anEmptyFolderNamesEachMissingTemplate(@TempDir Path temp) throws Exception {
        Path copy = PromptsCopy.of(temp.resolve("prompts"));
        try (Stream<Path> templates = Files.list(copy.resolve("templates"))) {
            for (Path template : templates.toList()) {
                Files.delete(template);
            }
        }
        assertThatThrownBy(() -> new PromptsLoader(Optional.empty()).load(copy)).isInstanceOf(PromptsException.class)
                .satisfies(e -> assertThat(((PromptsException) e).problems()).extracting(Problem::toString)
                        .hasSize(Prompts.TEMPLATES.size()).allSatisfy(p -> assertThat(p).contains("this template is missing")
                                .doesNotContain("null")));
    }

    @Test
    void aTemplateThatDoesNotParseIsNamedOnItsLine() {
        prompts.write("templates/goodbye.ftlx", "<Response>\n<#if>\n</Response>\n");
        assertThat(prompts.problems()).singleElement().asString().startsWith("prompts/templates/goodbye.ftlx line 2: cannot"
                + " be read: ").endsWith(" Check that each ${ has its closing }.");
    }
}
