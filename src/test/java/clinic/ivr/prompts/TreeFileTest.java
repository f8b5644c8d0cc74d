package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.flow.PhoneTree;
import org.junit.jupiter.api.Test;

/** menus.yaml: a tree every caller can walk with the key map, each mistake on its line. */
class TreeFileTest {

    static final String FILE = "menus.yaml";
    static final String AT = "prompts/menus.yaml line ";
    static final String FAQ = "faq:\n  1: faq-results\n  2: faq-painful\n  3: faq-avoid\n  4: faq-prevent\n  5: faq-start\n";

    final EditedPrompts prompts = new EditedPrompts();

    int line(String text) {
        return prompts.lineOf(FILE, text);
    }

    @Test
    void theShippedTreeIsReadInKeyOrder() {
        PhoneTree tree = prompts.load().tree();
        assertThat(tree.options(PhoneTree.MAIN)).extracting(PhoneTree.Option::target)
                .containsExactly("what-it-is", "who-it-helps", "faq", "session", "hours");
        assertThat(tree.menus()).containsExactly("main", "faq");
    }

    @Test
    void theTreeNeedsAMainMenu() {
        prompts.edit(FILE, "main:", "start:");
        assertThat(prompts.problems()).containsExactly("prompts/menus.yaml: there is no main menu: the file needs a"
                + " \"main:\" section.", AT + line("start:") + ": the start menu is not offered in any other menu, so no"
                + " caller can reach it.");
    }

    @Test
    void aMenuNameIsLowerCaseLettersDigitsAndDashes() {
        prompts.edit(FILE, "  3: faq\n", "  3: faq-menu\n").edit(FILE, "\nfaq:\n", "\nFAQ:\n");
        assertThat(prompts.problems()).contains(AT + line("FAQ:") + ": \"FAQ\" is not a valid menu name: use lower-case"
                + " letters, digits and dashes.");
    }

    @Test
    void aMenuHasOneToFiveOptions() {
        prompts.edit(FILE, "  5: faq-start\n", "  5: faq-start\n  6: faq-more\n");
        assertThat(prompts.problems()).containsExactly(
                AT + line("faq:") + ": the faq menu has 6 options; callers remember at most 5. Move some into a submenu.",
                AT + line("6: faq-more") + ": key 6 cannot be an option: options use keys 1 to 5, because 0, star, 7, 8, 9"
                        + " and pound do the same thing in every menu.");
        assertThat(new EditedPrompts().edit(FILE, FAQ, "faq: {}\n").problems()).containsExactly(AT + line("faq:")
                + ": the faq menu has no options.");
    }

    @Test
    void anOptionLeadsToATopicOrMenuByItsName() {
        assertThat(new EditedPrompts().edit(FILE, "  5: faq-start\n", "  5: Faq Start\n").problems())
                .containsExactly(AT + line("5: faq-start") + ": key 5 leads to \"Faq Start\", which is not a valid topic or"
                        + " menu name: use lower-case letters, digits and dashes.");
        assertThat(new EditedPrompts().edit(FILE, "  5: faq-start\n", "  5: main\n").problems())
                .containsExactly(AT + line("5: faq-start") + ": key 5 leads to \"main\", which is not a valid topic or"
                        + " menu name: use lower-case letters, digits and dashes.");
        assertThat(new EditedPrompts().edit(FILE, "  5: faq-start\n", "  5: \"\"\n").problems())
                .singleElement().asString().contains("key 5 leads to");
    }

    @Test
    void eachTopicHasOnePlaceInTheTree() {
        prompts.edit(FILE, "  5: faq-start\n", "  5: faq-painful\n");
        assertThat(prompts.problems()).containsExactly(AT + line("5: faq-painful") + ": \"faq-painful\" is already offered"
                + " in the faq menu; each topic has one place in the tree.");
    }

    @Test
    void keysAreNumberedWithoutAGap() {
        prompts.edit(FILE, "  4: faq-prevent\n  5: faq-start\n", "  5: faq-start\n");
        assertThat(prompts.problems()).containsExactly(AT + line("faq:") + ": the faq menu's keys skip a number: number its"
                + " options 1, 2, 3 and so on, in the order callers hear them.");
    }

    @Test
    void aMenuNoOtherMenuOffersCannotBeReached() {
        prompts.edit(FILE, "  3: faq\n", "  3: faq-x\n");
        assertThat(prompts.problems()).containsExactly(AT + line("faq:") + ": the faq menu is not offered in any other"
                + " menu, so no caller can reach it.");
    }

    @Test
    void aMissingTreeIsSaidSo() {
        prompts.write(FILE, null);
        assertThat(prompts.problems()).containsExactly("prompts/menus.yaml: this file is missing.");
    }
}
