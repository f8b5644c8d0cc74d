package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void aTemplateThatDoesNotParseIsNamedOnItsLine() {
        prompts.write("templates/goodbye.ftlx", "<Response>\n<#if>\n</Response>\n");
        assertThat(prompts.problems()).singleElement().asString().startsWith("prompts/templates/goodbye.ftlx line 2: cannot"
                + " be read: ").endsWith(" Check that each ${ has its closing }.");
    }
}
