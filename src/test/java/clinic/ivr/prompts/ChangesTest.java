package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.Changes.Change;
import org.junit.jupiter.api.Test;

/** The history's account of what changed between two versions: words callers hear, settings, menus; never notes. */
class ChangesTest {

    final EditedPrompts before = new EditedPrompts();
    final EditedPrompts after = new EditedPrompts();

    @Test
    void theSameFilesHaveNoChanges() {
        assertThat(Changes.between(before.files(), after.files())).isEmpty();
    }

    @Test
    void changedWordsAreNamedByLanguageAndEntryWithBeforeAndAfter() {
        after.edit("es/line.txt", "[welcome]\nGracias por llamar a ${clinic.name}.", "[welcome]\nBienvenido a ${clinic.name}.")
                .edit("en/line.txt", "[welcome]\nThank you for calling ${clinic.name}.", "[welcome]\nWelcome to ${clinic.name}.");
        assertThat(Changes.between(before.files(), after.files())).containsExactly(
                new Change("English [welcome]", "Thank you for calling ${clinic.name}.", "Welcome to ${clinic.name}."),
                new Change("Spanish [welcome]", "Gracias por llamar a ${clinic.name}.", "Bienvenido a ${clinic.name}."));
    }

    @Test
    void anEntryAddedOrRemovedHasOneSideEmpty() {
        after.edit("en/desk.txt", "[main.topic]", "[session.topic]\na session\n\n[main.topic]")
                .edit("en/desk.txt", "[faq.topic]\nfrequently asked questions\n", "");
        assertThat(Changes.between(before.files(), after.files())).containsExactly(
                new Change("English [faq.topic]", "frequently asked questions", ""),
                new Change("English [session.topic]", "", "a session"));
    }

    @Test
    void notesAndLayoutAreNotChanges() {
        after.edit("en/line.txt", "# Said after three tries in a row that did not work.\n", "# A note staff changed.\n\n");
        assertThat(Changes.between(before.files(), after.files())).isEmpty();
    }

    @Test
    void aChangedSettingOrMenuIsNamedByItsPath() {
        after.edit("clinic.yaml", "  tuesday: 8:00-19:00", "  tuesday: 9:00-17:00")
                .edit("clinic.yaml", "ring_seconds: 20", "ring_seconds: 25")
                .edit("clinic.yaml", "2027-01-01: closed, New Year's Day, Año Nuevo\n", "")
                .edit("menus.yaml", "  4: faq-prevent\n  5: faq-start\n", "  4: faq-start\n");
        assertThat(Changes.between(before.files(), after.files())).containsExactly(
                new Change("setting hours.tuesday", "8:00-19:00", "9:00-17:00"),
                new Change("setting hours.special_days.2027-01-01", "closed, New Year's Day, Año Nuevo", ""),
                new Change("setting front_desk.ring_seconds", "20", "25"),
                new Change("menu faq.4", "faq-prevent", "faq-start"),
                new Change("menu faq.5", "faq-start", ""));
    }

    @Test
    void aListInTheSettingsIsComparedItemByItem() {
        before.write("clinic.yaml", "names: [a, b]\n");
        after.write("clinic.yaml", "names: [a, c]\nnothing: ~\n");
        assertThat(Changes.between(before.files(), after.files())).containsExactly(new Change("setting names.1", "b", "c"));
    }

    @Test
    void aFileThatDoesNotReadIsComparedWhole() {
        before.write("menus.yaml", "main: {");
        after.write("menus.yaml", "main: [");
        assertThat(Changes.between(before.files(), after.files()))
                .containsExactly(new Change("menu (the whole file)", "main: {", "main: ["));
    }
}
