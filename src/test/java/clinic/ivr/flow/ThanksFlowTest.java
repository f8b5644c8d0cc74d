package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.Prompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Callers who thank the line ("oh, thank you so much", "muchas gracias") or only say "okay", with the shipped
 * prompts: "You're welcome" (or nothing) and the choices, never "I'm not sure I understood" nor a miss; a
 * question said with the thanks is answered.
 */
class ThanksFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();

    static Step say(CallState state, String words) {
        return FLOW.next(state, Input.said(words, 0.9), new Call("+16465550100", "+12125550147", TestLine.OPEN, false));
    }

    static CallState endOf(String language, String topic) {
        return CallState.start(language).at(topic).atPart(SHIPPED.wording(language).parts(EntryName.passage(topic)).size());
    }

    /** Written apart from the example phrases, as callers say them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | oh okay, thank you so much
            en | thanks
            en | great, thank you!
            en | well that's very helpful
            es | muchas gracias
            es | ah, bueno, gracias señorita
            es | muy amable
            """)
    void aThankYouAfterAnAnswerIsWelcomedWithTheChoicesAndNoMiss(String language, String words) {
        CallState twoMisses = endOf(language, "faq-painful").withMisses(2);
        Step.Answer step = assertInstanceOf(Step.Answer.class, say(twoMisses, words), words);
        assertThat(step.lead().kind()).isEqualTo(Lead.Kind.THANKS);
        assertThat(step.state().node()).isEqualTo("faq-painful");
        assertThat(step.state().misses()).as("thanking is no miss, and clears those before").isZero();
    }

    @Test
    void aThankYouAtAMenuIsWelcomedWithItsChoices() {
        Step.Menu menu = assertInstanceOf(Step.Menu.class, say(CallState.start("en").at("faq"), "thank you"));
        assertThat(menu.lead().kind()).isEqualTo(Lead.Kind.THANKS);
        assertThat(menu.state().node()).isEqualTo("faq");
    }

    @Test
    void aThankYouBetweenThePartsOfAnAnswerGoesOnToTheNextPart() {
        String topic = SHIPPED.tree().topics().stream()
                .filter(t -> SHIPPED.wording("en").parts(EntryName.passage(t)).size() > 1).findFirst().orElseThrow();
        Step.Answer next = assertInstanceOf(Step.Answer.class, say(CallState.start("en").at(topic).atPart(1), "thank you"));
        assertThat(next.state().part()).isEqualTo(2);
        assertThat(next.lead().kind()).isEqualTo(Lead.Kind.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thanks, what are your hours?         | hours
            en | thank you, and does it hurt?         | faq-painful
            es | gracias, ¿y cuántas sesiones necesito? | faq-results
            """)
    void aQuestionSaidWithTheThanksIsAnswered(String language, String words, String node) {
        Step step = say(endOf(language, "what-it-is"), words);
        assertThat(step.state().node()).as(words).isEqualTo(node);
        assertThat(step).isInstanceOfAny(Step.Answer.class, Step.Hours.class);
    }

    @Test
    void atTheOfferToLeaveAMessageAThankYouHearsTheOfferAgain() {
        CallState closed = CallState.start("en");
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(closed, Input.keys("0"), new Call("+16465550100", "+12125550147", TestLine.CLOSED, false)));
        Step again = FLOW.atDesk(offer.state(), Input.said("thank you very much", 0.9),
                new Call("+16465550100", "+12125550147", TestLine.CLOSED, false));
        assertThat(assertInstanceOf(Step.MessageOffer.class, again).lead().kind()).isEqualTo(Lead.Kind.THANKS);
    }

    /** "Okay", "yes", "bueno": nothing asked. Before, each was "I'm not sure I understood", the answer again and a miss. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | okay
            en | alright then
            en | mhm
            es | bueno
            es | ah, sí
            """)
    void onlyAnOkayAfterAnAnswerHearsTheChoicesInShortAndNoMiss(String language, String words) {
        Step step = say(endOf(language, "faq-painful").withMisses(2), words);
        Step.Answer answer = assertInstanceOf(Step.Answer.class, step, words);
        assertThat(answer.lead().kind()).isEqualTo(Lead.Kind.ACKNOWLEDGED);
        assertThat(answer.state().misses()).isZero();
        String topic = SHIPPED.tree().topics().stream()
                .filter(t -> SHIPPED.wording(language).parts(EntryName.passage(t)).size() > 1).findFirst().orElseThrow();
        Step.Answer next = assertInstanceOf(Step.Answer.class, say(CallState.start(language).at(topic).atPart(1), words));
        assertThat(next.state().part()).as("between the parts: the next part").isEqualTo(2);
    }

    @Test
    void atTheOfferAnOkayIsAYes() {
        Call closed = new Call("+16465550100", "+12125550147", TestLine.CLOSED, false);
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, FLOW.next(CallState.start("en"), Input.keys("0"), closed));
        assertThat(FLOW.atDesk(offer.state(), Input.said("okay then", 0.9), closed)).isInstanceOf(Step.Voicemail.class);
    }

    /** "Um", "good morning": no word for yes, so the line says it did not understand, as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | um
            en | so um my
            es | este pues mi
            """)
    void hesitatingIsNoOkay(String language, String words) {
        Step.Answer step = assertInstanceOf(Step.Answer.class, say(endOf(language, "faq-painful"), words));
        assertThat(step.lead().kind()).isEqualTo(Lead.Kind.NOT_UNDERSTOOD);
    }

    @Test
    void aNumberSaidWithTheThanksIsStillAKey() {
        Step.Answer two = assertInstanceOf(Step.Answer.class, say(CallState.start("en"), "two, thank you"));
        assertThat(two.state().node()).isEqualTo(SHIPPED.tree().options("main").get(1).target());
    }

    @Test
    void aThankYouWithAFarewellStillEndsTheCall() {
        assertThat(say(endOf("en", "faq-painful"), "thank you so much, goodbye")).isInstanceOf(Step.Goodbye.class);
    }
}
