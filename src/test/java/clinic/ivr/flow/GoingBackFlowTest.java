package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caller who says "go back" goes one step back, as 1 does after an answer in the common questions: from an
 * answer to the list it is in, from a list to the menu above it; so does going back to the list named ("back to the
 * topics", "a las opciones"), after what the caller did not want too. In a sentence that names the menu ("go back to the beginning", "back to the menu")
 * the main menu. With the shipped prompts.
 */
class GoingBackFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();

    static Step say(CallState state, String words, Instant now) {
        return FLOW.next(state, Input.said(words, 0.9), new Call("+16465550100", "+12125550147", now, false));
    }

    static CallState endOf(String language, String topic) {
        return CallState.start(language).at(topic).atPart(SHIPPED.wording(language).parts(EntryName.passage(topic)).size());
    }

    static String menuAfter(CallState state, String words) {
        return assertInstanceOf(Step.Menu.class, say(state, words, TestLine.OPEN), words).state().node();
    }

    /** Written apart from the example phrases, as callers say them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | go back
            en | um, go back, please
            en | previous menu
            en | can you go back
            es | regresar
            es | atrás, por favor
            es | eh, volver atrás
            es | eh, el menú anterior
            en | so, go back to the list
            en | back to the choices, please
            es | regrésese, por favor
            es | a la lista, por favor
            es | eh, volver
            en | uh, back
            en | could you bring me back to the topics
            en | can I go back to the list of options
            es | ¿me puede regresar a los temas?
            es | lléveme de vuelta a las opciones, por favor
            en | no that isn't what I was after take me back to the topics
            es | eso no me sirve regrese a la lista
            en | um, could you go back a step, please
            en | back one level please
            en | go back one level
            es | eh, las opciones anteriores, por favor
            es | las de antes, por favor
            es | pa tras
            es | eh, vuelva a la lista anterior
            """)
    void goingBackAfterACommonQuestionIsTheListOfQuestions(String language, String words) {
        assertThat(menuAfter(endOf(language, "faq-painful"), words)).isEqualTo("faq");
        assertThat(menuAfter(CallState.start(language).at("faq-start"), words)).as("in the middle of an answer too")
                .isEqualTo("faq");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | go back
            es | regresar
            """)
    void goingBackFromTheListOrAMainMenuAnswerIsTheMainMenu(String language, String words) {
        assertThat(menuAfter(CallState.start(language).at("faq"), words)).isEqualTo(PhoneTree.MAIN);
        assertThat(menuAfter(endOf(language, "session"), words)).isEqualTo(PhoneTree.MAIN);
        assertThat(menuAfter(CallState.start(language), words)).isEqualTo(PhoneTree.MAIN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | go back to the beginning
            en | take me back to the main menu
            es | regresar al menú principal
            en | take me back to the menu
            """)
    void goingBackToTheMenuNamedIsTheMainMenu(String language, String words) {
        assertThat(menuAfter(endOf(language, "faq-painful"), words)).isEqualTo(PhoneTree.MAIN);
    }

    /**
     * In the middle of an answer, after a miss, starting over with an "again" after it is the main menu, and another
     * topic asked for is the list the answer is in. Before, "can we just start all over again" was not understood (its
     * "again" read as the answer again), and "volvamos al principio otra vez" said the answer again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | faq-prevent | can we just start all over again            | main
            es | faq-prevent | volvamos al principio otra vez              | main
            en | faq-prevent | forget this one, I'll choose another topic  | faq
            es | faq-prevent | olvídelo, mejor escojo otro tema            | faq
            en | session     | forget this one, I'll choose another topic  | main
            """)
    void midAnswerAfterAMissStartingOverOrAnotherTopicIsHeard(String language, String node, String words, String menu) {
        assertThat(menuAfter(CallState.start(language).at(node).withMisses(1), words)).isEqualTo(menu);
    }

    /**
     * Asked in an answer to say the options again, the caller hears the choices of the list the answer is in; at a
     * menu, that menu again. Before, the answer was said again. Naming the options with nothing else understood
     * is asking for them too: before, "se me olvidaron las opciones" was not understood.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could you say the choices one more time
            en | um, repeat the menu please
            en | could you walk me through the choices
            es | ¿me repite las opciones?
            es | el menú otra vez, por favor
            es | se me olvidaron las opciones
            """)
    void theOptionsAskedForAgainInAnAnswerAreTheChoicesOfItsList(String language, String words) {
        assertThat(menuAfter(endOf(language, "faq-painful"), words)).isEqualTo("faq");
        assertThat(menuAfter(CallState.start(language).at("faq-start"), words)).isEqualTo("faq");
        assertThat(menuAfter(CallState.start(language).at("session"), words)).isEqualTo(PhoneTree.MAIN);
        assertThat(menuAfter(CallState.start(language).at("faq"), words)).as("at a menu, that menu").isEqualTo("faq");
        assertThat(say(CallState.start(language).at("faq-start"), language.equals("en") ? "can you repeat that"
                : "¿me lo repite?", TestLine.OPEN))
                .as("the answer itself said again").isInstanceOf(Step.Answer.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my back hurts, does it hurt?
            en | can I go back to work after a session
            es | me duele la espalda, ¿duele?
            es | ¿puedo regresar al trabajo después?
            es | ¿qué hago para que no regrese el dolor?
            en | oh, it's my back
            en | um, for my back
            en | what can I do so it doesn't come back
            es | no quiero que el dolor me regrese
            """)
    void backInAQuestionIsNoGoingBack(String language, String words) {
        assertThat(say(endOf(language, "faq-start"), words, TestLine.OPEN)).as(words).isNotInstanceOf(Step.Menu.class);
    }

    /**
     * "Volver a decir" says it again, though "volver" alone is going back and "decir" is a little word: the answer is
     * said again, as a "repita" says it, not the list. So is going back over it, or over the bit of it the caller
     * names, and running it by the caller again. Before, "¿me lo puede volver a decir?" went to the list, "go back
     * over that bit" to the main menu.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | ¿me lo vuelve a decir, por favor?
            es | oiga, ¿lo podría volver a decir?
            es | ¿me vuelve a decir?
            en | um, could you go back over it
            es | ¿me lo vuelves a explicar?
            es | oye, ¿me lo vuelves a decir?
            en | could you go back over that last section
            en | go back over that last bit, please
            en | would you run it by me again, please
            """)
    void sayingItAgainInWordsOfGoingBackIsNoGoingBack(String language, String words) {
        CallState inAnAnswer = CallState.start(language).at("faq-start").atPart(2);
        Step step = say(inAnAnswer, words, TestLine.OPEN);
        assertThat(step).as(words).isInstanceOf(Step.Answer.class);
        assertThat(step.state()).as(words)
                .isEqualTo(say(inAnAnswer, language.equals("en") ? "repeat that" : "repita", TestLine.OPEN).state());
    }

    /** Going back with a no before it is going back: "no, regrese" told how to keep the pain from coming back. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | go back
            es | regresar
            es | no, regrese
            es | no, atrás por favor
            en | nope, back to the list
            es | ¿puedo volver a los temas?
            en | take me back to the topics please
            """)
    void goingBackAtTheQuestionOrTheOfferOfAMessageIsTheListTheCallerCameFrom(String language, String words) {
        Step.Confirm asked = assertInstanceOf(Step.Confirm.class, say(CallState.start(language).at("faq"),
                SHIPPED.wording(language).words(FixedEntry.ASK_THE_DESK_WORDS).get(0), TestLine.OPEN));
        assertThat(menuAfter(asked.state(), words)).isEqualTo("faq");
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(endOf(language, "faq-painful"), Input.keys("0"),
                        new Call("+16465550100", "+12125550147", TestLine.CLOSED, false)));
        Step back = FLOW.atDesk(offer.state(), Input.said(words, 0.9),
                new Call("+16465550100", "+12125550147", TestLine.CLOSED, false));
        assertThat(assertInstanceOf(Step.Menu.class, back).state().node()).isEqualTo("faq");
    }
}
