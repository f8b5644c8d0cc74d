package clinic.ivr.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Wording;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word staff listed in the shipped prompts, said alone, does what it promises, in both languages. */
class SpokenCommandsTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static Heard hear(String language, String node, String words) {
        return SHIPPED.flow().hear(CallState.start(language).at(node), Input.said(words, 0.9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyCommandWordDoesItsCommandInEveryMenu(String language) {
        Wording w = SHIPPED.wording(language);
        String other = language.equals("en") ? "es" : "en";
        for (String menu : SHIPPED.tree().menus()) {
            Wording.COMMAND_WORDS.forEach((entry, kind) -> {
                if (kind == Heard.Kind.LANGUAGE) {
                    for (String phrase : SHIPPED.wording(other).words(entry)) {
                        assertEquals(new Heard(kind, other), hear(language, menu, phrase), language + " " + menu + " " + phrase);
                    }
                    return;
                }
                for (String phrase : w.words(entry)) {
                    assertEquals(kind, hear(language, menu, phrase).kind(), language + " " + menu + ": \"" + phrase + "\"");
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyExamplePhraseSaidAloneGoesToItsMenuOrTopicFromEveryMenu(String language) {
        Wording w = SHIPPED.wording(language);
        for (String menu : SHIPPED.tree().menus()) {
            for (String menu2 : SHIPPED.tree().menus()) {
                for (PhoneTree.Option option : SHIPPED.tree().options(menu2)) {
                    for (String phrase : w.words(option.target() + ".words")) {
                        assertEquals(Heard.go(option.target()), hear(language, menu, phrase),
                                language + " at " + menu + ": \"" + phrase + "\" should go to " + option.target());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void spokenNumbersArePressedKeys(String language) {
        List<String> numbers = SHIPPED.wording(language).words(Wording.NUMBER_WORDS);
        assertEquals(Heard.key("2"), hear(language, "main", numbers.get(2)));
        assertEquals(Heard.of(Heard.Kind.FRONT_DESK), hear(language, "faq", numbers.get(0)));
        assertEquals(Heard.key("4"), hear(language, "main", "4."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theWordsForTheFrontDeskIncludeRepresentativeOperatorAndPerson(String language) {
        List<String> expected = language.equals("en")
                ? List.of("front desk", "representative", "operator", "person")
                : List.of("recepción", "representante", "operador", "persona");
        for (String phrase : expected) {
            assertEquals(Heard.Kind.FRONT_DESK, hear(language, "what-it-is", phrase).kind(), phrase);
        }
        assertEquals(Heard.Kind.FRONT_DESK, hear(language, "main", expected.get(0).toUpperCase() + ", please!").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aNumberIsAKeyOnlyWhenItIsAllTheCallerSaid(String language) {
        List<String> numbers = SHIPPED.wording(language).words(Wording.NUMBER_WORDS);
        String press = language.equals("en") ? "press " : "oprima el ";
        assertEquals(Heard.key("3"), hear(language, "main", press + numbers.get(3)));
        assertEquals(Heard.key("3"), hear(language, "main", numbers.get(3) + (language.equals("en") ? " please" : " por favor")));
        assertFalse(hear(language, "main", numbers.get(7) + " " + numbers.get(1)).kind() == Heard.Kind.KEY, "seven one");
        assertFalse(hear(language, "main", language.equals("en") ? "seven eleven" : "siete once").kind() == Heard.Kind.KEY);
        assertFalse(hear(language, "main", language.equals("en") ? "i have two questions about my hip"
                : "tengo dos preguntas sobre mi cadera").kind() == Heard.Kind.KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aCommandWordInALongUnrelatedSentenceIsNoCommand(String language) {
        String again = language.equals("en") ? "again" : "otra vez";
        assertEquals(Heard.Kind.REPEAT, hear(language, "faq", again).kind());
        String sentence = language.equals("en") ? "the bus is late again and my neighbor is not home"
                : "el autobús llegó tarde otra vez y mi vecina no está en casa";
        assertFalse(hear(language, "faq", sentence).kind() == Heard.Kind.REPEAT, sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void speechThatMatchesNothingIsUnclearNotAGuess(String language) {
        assertEquals(Heard.Kind.UNCLEAR, hear(language, "main", "zzz qqq").kind());
        assertFalse(hear(language, "faq", "blue elephant").kind() == Heard.Kind.KEY);
    }
}
