package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Callers who take back what they just said and say what they meant instead ("two, no wait, five", "el horario, no,
 * mejor páseme con alguien", "no, espere, sí"), with the shipped prompts: what they settled on is what the line does.
 * Words that only look like taking something back ("I'd rather...", "no puedo...") mean what they said.
 */
class CorrectionsFlowTest {

    static final Flow FLOW = TestLine.load(TestLine.SHIPPED_PROMPTS).flow();

    static Call call(Instant now) {
        return new Call("+16465550100", "+12125550147", now, false);
    }

    static Heard hear(String language, String node, String words) {
        return FLOW.hear(CallState.start(language).at(node), Input.said(words, 0.9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | option one, no, option five                         | KEY          | 5
            en | main | three no four                                       | KEY          | 4
            en | main | option 3 no 1                                       | KEY          | 1
            en | main | what it is, I mean, who it helps                    | GO           | who-it-helps
            en | main | four, oh wait, zero                                 | FRONT_DESK   |
            en | main | hours, actually, could I speak to the receptionist  | FRONT_DESK   |
            en | faq  | does it hurt, I mean, is it safe with a pacemaker   | GO           | faq-avoid
            es | main | el uno, no, el dos                                  | KEY          | 2
            es | main | cuatro, digo, cinco                                 | KEY          | 5
            es | main | el horario, perdón, quiero decir dónde están        | DIRECTIONS   |
            es | main | la sesión, no, mejor comuníqueme con la recepción   | FRONT_DESK   |
            """)
    void atAMenuWhatTheCallerSettledOnIsWhatTheyAskFor(String language, String node, String words, Heard.Kind kind,
            String detail) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(kind, detail == null ? "" : detail));
    }

    /** A no before a verb, or words with nothing understood before them, take nothing back. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I'd rather speak with the receptionist          | FRONT_DESK
            en | I mean, could I speak to the receptionist       | FRONT_DESK
            es | quiero cambiar mi cita no puedo el lunes        | ASK_THE_DESK
            """)
    void wordsThatOnlyLookLikeTakingBackMeanWhatTheySay(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "main", words).kind()).as(words).isEqualTo(kind);
    }

    /** To "do you want to hear what a session involves?": the last answer is the answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no, wait, yes                 | true
            en | no thanks, I mean, yes please | true
            en | yes, actually, no             | false
            es | no, espere, sí                | true
            es | no, perdón, sí por favor      | true
            es | sí, o sea, no                 | false
            es | sí, no me importa             | true
            en | no no, that's fine            | false
            es | no, no, está bien así         | false
            """)
    void toTheShortQuestionTheLastAnswerIsTheAnswer(String language, String words, boolean hears) {
        Step step = FLOW.next(CallState.start(language).asking("session"), Input.said(words, 0.9), call(TestLine.OPEN));
        assertThat(step instanceof Step.Answer).as(words).isEqualTo(hears);
    }

    /** Asked whether to be put through: a yes after a "but" is the yes, a no after one is no more than it was. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no, it isn't an emergency, but yes, please connect me  | true
            en | sure, but no rush                                      | true
            en | no, but thank you                                      | false
            es | no es nada grave, pero sí, comuníqueme                 | true
            es | sí, pero no tengo prisa                                | true
            """)
    void askedAboutTheDeskAYesAfterAButIsTheYes(String language, String words, boolean putThrough) {
        Step step = FLOW.next(CallState.start(language).asking(CallState.FRONT_DESK), Input.said(words, 0.9),
                call(TestLine.OPEN));
        assertThat(step instanceof Step.FrontDesk).as(words).isEqualTo(putThrough);
    }

    /**
     * To the offer of a message: the last answer is the answer, and a "mejor" ("rather") after a no does not take the no
     * back: "no, mejor llamo más tarde" leaves no message. A yes after a "well", "bueno", takes the no back.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no wait, yes                  | true
            en | yes, I mean, no               | false
            es | no, espere, sí                | true
            es | sí, mejor dicho, no           | false
            es | no, mejor lo llamo el martes  | false
            en | no, well, yes                 | true
            es | no... bueno, sí, lo dejo      | true
            es | no, bueno, ahora no           | false
            """)
    void toTheOfferOfAMessageTheLastAnswerIsTheAnswer(String language, String words, boolean records) {
        Step offer = FLOW.next(CallState.start(language), Input.keys("0"), call(TestLine.CLOSED));
        Step step = FLOW.atDesk(offer.state(), Input.said(words, 0.9), call(TestLine.CLOSED));
        assertThat(step instanceof Step.Voicemail).as(words).isEqualTo(records);
    }
}
