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

    @Test
    void aSentenceThatIsNoQuestionOrAKeyAskedAboutIsNeverTakenAlone() {
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
