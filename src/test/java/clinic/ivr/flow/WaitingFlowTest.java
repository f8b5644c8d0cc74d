package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import clinic.ivr.TestLine;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callers who ask the line to wait ("hold on", "let me get a pen", "un momento"), with the shipped prompts: the
 * line says it waits and listens again, longer, on the same step, never counting it as a miss; the usual silence
 * handling follows if they stay away; a question said after the aside is the question.
 */
class WaitingFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();

    static Call call(Instant now) {
        return new Call("+16465550100", "+12125550147", now, false);
    }

    static Step say(CallState state, String words) {
        return FLOW.next(state, Input.said(words, 0.9), call(TestLine.OPEN));
    }

    static Heard hear(String language, String words) {
        return FLOW.hear(CallState.start(language), Input.said(words, 0.9));
    }

    /** As callers say them, written apart from the example phrases. */
    static Stream<Arguments> waiting() {
        return Stream.of(arguments("en", "hold on a second"), arguments("en", "one moment please"),
                arguments("en", "just a minute"), arguments("en", "wait a sec"), arguments("en", "give me a second"),
                arguments("en", "let me get a pen"), arguments("en", "hang on"), arguments("en", "one sec"),
                arguments("en", "just a moment"), arguments("en", "sorry hang on my dog is barking"),
                arguments("es", "espere un segundo"), arguments("es", "permítame"), arguments("es", "déjeme buscar un lápiz"),
                arguments("es", "aguarde"), arguments("es", "un momentito"), arguments("es", "espéreme un segundito"),
                arguments("es", "un momento por favor que busco mis lentes"), arguments("es", "aguanta, deja busco los lentes"),
                // "espera" is no "esperar", what to expect in a session
                arguments("es", "espera, espera, voy por mis lentes"));
    }

    @ParameterizedTest
    @MethodSource("waiting")
    void whatCallersSayToMakeTheLineWaitIsHeardAsWaitingInEitherLanguage(String language, String words) {
        assertThat(hear(language, words)).as(words).isEqualTo(Heard.of(Heard.Kind.WAIT));
    }

    /** One or two words ("hang on", "aguarde") are the vocabulary itself; no longer phrase above is an example. */
    @Test
    void noPhraseOfThreeWordsOrMoreHeardAsWaitingIsAnExampleItself() {
        waiting().map(Arguments::get).filter(a -> Vocabulary.normalize((String) a[1]).split(" ").length >= 3).forEach(a ->
                assertThat(SHIPPED.wording((String) a[0]).words(FixedEntry.WAIT_WORDS).stream().map(Vocabulary::normalize))
                        .as((String) a[1]).doesNotContain(Vocabulary.normalize((String) a[1])));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | wait, what are your hours?          | GO           | hours
            en | hold on, does it hurt?              | GO           | faq-painful
            en | hang on how many sessions will I need | GO         | faq-results
            en | one moment, can I talk to someone   | FRONT_DESK   |
            en | sorry one moment does insurance cover it | ASK_THE_DESK |
            en | hold on one second what are your hours | GO        | hours
            en | one sec where are you located       | DIRECTIONS   |
            en | just a moment please repeat that    | REPEAT       |
            en | I can't wait to feel better         | GO           | faq-results
            es | espere, ¿cuál es su horario?        | GO           | hours
            es | un momento, ¿duele?                 | GO           | faq-painful
            es | permítame, quiero hablar con alguien | FRONT_DESK  |
            es | espere un segundo, ¿cuánto cuesta?  | ASK_THE_DESK |
            """)
    void aQuestionSaidAfterAnAsideIsTheQuestion(String language, String words, Heard.Kind kind, String detail) {
        assertThat(hear(language, words)).as(words).isEqualTo(new Heard(kind, detail == null ? "" : detail));
    }

    @Test
    void askingTheLineToHoldWhileTheCallerFetchesSomeoneIsWaitingNotATopic() {
        assertThat(hear("en", "can you hold while I get my wife")).isEqualTo(Heard.of(Heard.Kind.WAIT));
        // someone at the door is no one for the front desk, though "somebody" alone asks for a person
        assertThat(hear("en", "hold on, hold on, somebody's at the door")).isEqualTo(Heard.of(Heard.Kind.WAIT));
        assertThat(hear("en", "hold on, somebody's at the door")).isEqualTo(Heard.of(Heard.Kind.WAIT));
        // an opening is of words the line knows: "hold on, the dryer's" opens with no "hold on" and leaves a "going"
        // that went on to the next part
        assertThat(hear("en", "hold on, the dryer's going")).isEqualTo(Heard.of(Heard.Kind.WAIT));
        assertThat(hear("es", "espérese tantito")).isEqualTo(Heard.of(Heard.Kind.WAIT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "hours", "faq-painful", "faq-start", "who-it-helps"})
    void atEveryMenuAndAfterEveryAnswerTheLineSaysItWaitsAndListensLongerWithoutAMiss(String node) {
        for (String language : List.of("en", "es")) {
            CallState at = CallState.start(language).at(node).withMisses(1).withStars(1);
            Step before = FLOW.next(at.withStars(0), Input.keys("*"), call(TestLine.OPEN));
            Step waiting = say(at, language.equals("en") ? "hold on a second" : "un momento por favor");
            assertThat(waiting.getClass()).as("the same kind of step").isEqualTo(before.getClass());
            assertThat(waiting.state().node()).isEqualTo(node);
            assertThat(waiting.lead().kind()).isEqualTo(Lead.Kind.WAIT);
            assertThat(waiting.state().misses()).as("no miss").isEqualTo(1);
            assertThat(waiting.state().stars()).isZero();
            assertThat(waiting.waitSeconds()).as("longer than the step gave before")
                    .isEqualTo(Flow.BASE_WAIT_SECONDS + Flow.EXTRA_WAIT_SECONDS);
        }
    }

    /**
     * Back after the wait, a caller who says so hears the choices in short, no miss: before, "okay, I'm back" asked
     * whether to hear about back pain, "where were we" whether to be given directions, and "I'm ready" and "¿en qué
     * íbamos?" were misses.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | okay, I'm back
            en | sorry about that, where were we
            en | alright, I'm ready
            es | ya regresé, perdón
            es | ¿en qué íbamos?
            es | bueno, ya tengo con qué apuntar
            """)
    void backAfterTheWaitTheCallerHearsTheChoicesWithoutAMiss(String language, String words) {
        Step waiting = say(CallState.start(language).withMisses(1), language.equals("en") ? "hold on" : "un momento");
        Step.Menu back = assertInstanceOf(Step.Menu.class, say(waiting.state(), words), words);
        assertThat(back.lead().kind()).isEqualTo(Lead.Kind.ACKNOWLEDGED);
        assertThat(back.state().misses()).as("no miss").isZero();
    }

    @Test
    void inTheMiddleOfALongAnswerTheLineWaitsTooRatherThanGoOnAfterThreeSeconds() {
        CallState first = CallState.start("en").at("what-it-is");
        Step.Answer waiting = assertInstanceOf(Step.Answer.class, say(first, "hang on"));
        assertThat(waiting.lastPart()).isFalse();
        assertThat(waiting.state().part()).isEqualTo(1);
        assertThat(waiting.lead().kind()).isEqualTo(Lead.Kind.WAIT);
        assertThat(waiting.waitSeconds()).isGreaterThan(Flow.BETWEEN_PARTS_SECONDS).isGreaterThanOrEqualTo(Flow.BASE_WAIT_SECONDS);
    }

    @Test
    void fiveAsidesInARowNeverReachTheDeskAndSilenceAfterThemIsHandledAsAnySilence() {
        Step step = FLOW.start();
        for (int i = 0; i < 5; i++) {
            step = say(step.state(), i % 2 == 0 ? "hold on" : "one moment please");
            Step.Menu menu = assertInstanceOf(Step.Menu.class, step, "aside " + (i + 1));
            assertThat(menu.lead().kind()).isEqualTo(Lead.Kind.WAIT);
            assertThat(menu.state().misses()).isZero();
        }
        assertThat(step.waitSeconds()).as("as patient as the line gets")
                .isEqualTo(Flow.BASE_WAIT_SECONDS + Flow.EXTRA_WAIT_SECONDS * CallState.MAX_PATIENCE);
        // the caller never came back: the choices again, then, after three silences, a person
        for (int silence = 1; silence < Flow.MAX_MISSES; silence++) {
            step = FLOW.next(step.state(), Input.SILENCE, call(TestLine.OPEN));
            assertThat(assertInstanceOf(Step.Menu.class, step).lead().kind()).isEqualTo(Lead.Kind.SILENCE);
        }
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, FLOW.next(step.state(), Input.SILENCE, call(TestLine.OPEN)));
        assertThat(desk.lead().kind()).isEqualTo(Lead.Kind.AFTER_MISSES);
    }

    @Test
    void anAsideNeverUndoesAMissAlreadyCounted() {
        Step afterTwoMisses = say(CallState.start("en").withMisses(2), "hang on");
        assertThat(afterTwoMisses.state().misses()).isEqualTo(2);
        assertThat(FLOW.next(afterTwoMisses.state(), Input.SILENCE, call(TestLine.OPEN))).isInstanceOf(Step.FrontDesk.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | one moment please
            en | hold on a second
            es | espere un segundito
            es | un momento por favor
            """)
    void askedWhetherToPutThemThroughTheLineWaitsForTheAnswerNeitherYesNorNo(String language, String words) {
        CallState asked = CallState.start(language).at("faq").asking(CallState.FRONT_DESK);
        Step.Confirm waiting = assertInstanceOf(Step.Confirm.class, say(asked, words), words);
        assertThat(waiting.lead().kind()).isEqualTo(Lead.Kind.WAIT);
        assertThat(waiting.state().ask()).as("still asking").isEqualTo(CallState.FRONT_DESK);
        assertThat(waiting.state().misses()).isZero();
        assertThat(say(waiting.state(), language.equals("en") ? "yes" : "sí")).isInstanceOf(Step.FrontDesk.class);
    }

    /**
     * A wait said to someone in the room, then the answer, after a pause or in one breath: the answer, at every
     * yes-or-no question ("hold on um yeah sure" waited, and asked again).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hold on honey... yes, go ahead      | true
            en | one sec. yeah sure                  | true
            en | wait a minute, no thanks            | false
            es | un momentito mija... sí, cómo no    | true
            es | espéreme. no, gracias               | false
            en | one second uh yes please            | true
            es | un segundo sí claro                 | true
            en | hang on hang on no thank you        | false
            """)
    void aWaitSaidFirstThenAnAnswerIsTheAnswer(String language, String words, boolean yes) {
        Step desk = say(CallState.start(language).at("faq").asking(CallState.FRONT_DESK), words);
        assertThat(desk).as(words).isInstanceOf(yes ? Step.FrontDesk.class : Step.Menu.class);
        Call closed = call(TestLine.CLOSED);
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(CallState.start(language), Input.keys("0"), closed));
        assertThat(FLOW.atDesk(offer.state(), Input.said(words, 0.9), closed)).as(words)
                .isInstanceOf(yes ? Step.Voicemail.class : Step.Menu.class);
    }

    @Test
    void atTheOfferToLeaveAMessageTheLineWaitsAndSilenceAfterwardsStillEndsInTheRecording() {
        Call closed = call(TestLine.CLOSED);
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(CallState.start("en"), Input.keys("0"), closed));
        Step step = offer;
        for (int i = 0; i < 4; i++) {
            step = FLOW.atDesk(step.state(), Input.said("hang on a sec", 0.9), closed);
            Step.MessageOffer waiting = assertInstanceOf(Step.MessageOffer.class, step);
            assertThat(waiting.lead().kind()).isEqualTo(Lead.Kind.WAIT);
            assertThat(waiting.state().misses()).isZero();
        }
        for (int silence = 1; silence < Flow.MAX_MISSES; silence++) {
            step = FLOW.atDesk(step.state(), Input.SILENCE, closed);
            assertThat(assertInstanceOf(Step.MessageOffer.class, step).lead().kind()).isEqualTo(Lead.Kind.SILENCE);
        }
        assertThat(FLOW.atDesk(step.state(), Input.SILENCE, closed)).isInstanceOf(Step.Voicemail.class);
    }
}
