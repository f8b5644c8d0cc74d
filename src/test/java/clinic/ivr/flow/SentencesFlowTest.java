package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Callers who say more than one sentence, as the recognizer writes them, with the shipped prompts: where the whole
 * means nothing, the one question among them that asks for something surely is what they ask. A sentence that is no
 * question, a story or words to someone in the room, is never taken alone; nor is a key asked about ("one?"). What
 * two parts between pauses ask alike, each in either language, is what the caller asks.
 */
class SentencesFlowTest {

    static final Flow FLOW = TestLine.load(TestLine.SHIPPED_PROMPTS).flow();

    static Heard hear(String language, String node, String words) {
        return FLOW.hear(CallState.start(language).at(node), Input.said(words, 0.9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main    | I can't jot this down at the moment. Would you text it to me instead? | TEXT
            es | main    | No alcanzo a anotar. ¿Me lo manda por mensaje de texto?              | TEXT
            es | session | Me distraje un momento. ¿Puede repetirlo?                             | REPEAT
            es | session | Se me cortó la llamada un segundo. ¿Me lo repite?                     | REPEAT
            """)
    void theOneQuestionThatAsksIsWhatTheCallerAsks(String language, String node, String words, Heard.Kind kind) {
        assertThat(hear(language, node, words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * An aside said as written inside more is said to the room: its words ask nothing ("I'm on the phone with the back
     * doctor" recorded a message on its "phone ... back"), and what the rest asks surely is asked.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | sweetie I'm on the phone with the back doctor               | UNCLEAR
            en | not now Jimmy, I'm still on the phone with them              | UNCLEAR
            es | mijo estoy en el teléfono con la clínica                     | UNCLEAR
            en | sorry that was for someone else, can you text me all that   | TEXT
            """)
    void anAsideSaidInsideMoreAsksNothing(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "main", words).kind()).as(words).isEqualTo(kind);
    }

    /** After a story in sentences that ask nothing, the request said last (before, none of these was understood). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I had therapy for my shoulder years ago and it went badly, they left me alone with a rubber band. My neighbour says you are different. Leave a message for someone to call me back. | MESSAGE
            en | I'm in the garden and my hands are muddy, I dropped the pen twice. My husband is shouting at the dog. Send all of that to my phone as a text. | TEXT
            en | I must have pressed a button by mistake, everything is crawling now. I only have a few minutes. Back to normal speed please. | NORMAL_PACE
            es | Apreté un botón sin querer y todo va lentísimo. Solo tengo unos minutos de descanso. Vuelva a la velocidad normal, por favor. | NORMAL_PACE
            """)
    void afterAStoryTheRequestSaidLastIsWhatTheCallerAsks(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "main", words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * A command of the line's between why said before it and more said after it, or said last in more words than a
     * short command, is what the caller asks; at the short question too. Before, these were not understood.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | session | so sorry, my memory isn't what it was, could you go a touch slower, I'm an old lady | SLOWER
            es | main    | ay, me perdí por completo, quiero empezar todo desde el principio como cuando llamé | MAIN_MENU
            """)
    void aCommandAmidWhyIsWhatTheCallerAsks(String language, String node, String words, Heard.Kind kind) {
        assertThat(hear(language, node, words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * A caller who says why they want a person (they hear the line badly, cannot see the keys, are tired of the machine)
     * and then asks for one is put through, with or without a pause between, though the story sounds like a topic.
     * Said alone, hearing badly is still slower speech or the words again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | main    | ay señorita no le oigo casi nada a esta máquina comuníqueme con una persona por favor | FRONT_DESK
            es | session | Es que no escucho bien. Páseme con alguien de la recepción.                          | FRONT_DESK
            en | main    | I can barely hear this machine, can I talk to a real person please                   | FRONT_DESK
            en | faq     | my dad is hard of hearing so just put him through to a person                        | FRONT_DESK
            es | main    | mire ya me cansé de esta grabación llevo como veinte minutos páseme con una persona    | FRONT_DESK
            en | session | I can't see the buttons on this phone, how long does it take, just let me talk to a real person | FRONT_DESK
            es | main    | no le oigo nada                                                                      | SLOWER
            en | main    | I can barely hear this machine                                                       | REPEAT
            """)
    void aPersonAskedAfterWhyIsThePerson(String language, String node, String words, Heard.Kind kind) {
        assertThat(hear(language, node, words).kind()).as(words).isEqualTo(kind);
    }

    @Test
    void aCommandAmidWhyAtTheShortQuestionIsThatCommand() {
        String words = "my son normally handles this but he's at school so, uh, can you put me back at the very beginning"
                + " of the options";
        Step step = FLOW.next(CallState.start("en").at("faq").asking("faq-start"), Input.said(words, 0.9),
                new Call("+16465550100", "+12125550147", TestLine.OPEN, false));
        assertThat(step).isInstanceOf(Step.Menu.class);
        assertThat(step.state().node()).isEqualTo(PhoneTree.MAIN);
    }

    @Test
    void aSentenceThatIsNoQuestionOrAKeyAskedAboutIsNeverTakenAlone() {
        assertThat(hear("en", "main", "Honey, please be quiet. I'm on the phone.").kind()).as("one word said last")
                .isEqualTo(Heard.Kind.UNCLEAR);
        assertThat(hear("es", "main", "Fui al médico el martes. Me dijo que descanse. Dos.").kind()).as("a key said last")
                .isNotEqualTo(Heard.Kind.KEY);
        // "cállate" was the street ("calle"): the way to the clinic
        assertThat(hear("es", "main", "mijo, cállate, que estoy al teléfono").kind()).isEqualTo(Heard.Kind.UNCLEAR);
        assertThat(hear("en", "main", "Honey, please be quiet. I'm talking to the clinic.").kind())
                .isEqualTo(Heard.Kind.UNCLEAR);
        Step offer = FLOW.next(CallState.start("en"), Input.keys("0"), new Call("+16465550100", "+12125550147",
                TestLine.CLOSED, false));
        Step step = FLOW.atDesk(offer.state(), Input.said("one? no, never mind", 0.9),
                new Call("+16465550100", "+12125550147", TestLine.CLOSED, false));
        assertThat(step).isNotInstanceOf(Step.Voicemail.class);
    }

    /** Before, "cuatro. I mean four" was not understood at the English line: neither language had the whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | faq  | cuatro. I mean four        | KEY | 4
            en | main | cinco... I mean, five      | KEY | 5
            es | faq  | four. o sea, cuatro        | KEY | 4
            es | main | la recepción, no le entiendo nada | FRONT_DESK |
            es | main | dos. I mean two            | KEY | 2
            en | main | five. o sea, cinco         | KEY | 5
            """)
    void whatIsSaidInBothLanguagesIsWhatTheCallerAsks(String language, String node, String words, Heard.Kind kind,
                                                     String detail) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(kind, detail == null ? "" : detail));
    }

    @Test
    void partsThatAskForDifferentThingsOrOnePartAloneAreNotTaken() {
        assertThat(hear("en", "faq", "cuatro. I mean five").kind()).isNotEqualTo(Heard.Kind.KEY);
        assertThat(hear("en", "faq", "purple, I mean four, banana").kind()).as("one part asks").isEqualTo(Heard.Kind.UNCLEAR);
    }
}
