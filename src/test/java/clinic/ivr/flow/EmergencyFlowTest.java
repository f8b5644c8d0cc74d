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
 * A caller who says it is an emergency, with the shipped prompts: wherever they are, the emergency notice
 * (hang up and dial 911) at once, then the choices, in short; never "not sure I understood" nor a miss.
 */
class EmergencyFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();

    static Call call(java.time.Instant now) {
        return new Call("+16465550100", "+12125550147", now, false);
    }

    /**
     * Written apart from the example phrases, as callers in trouble say them. Chest pain, a fall with no way up and
     * legs that cannot be felt asked about who it helps, whether it hurts or how to prevent pain; an emergency
     * written as one word ("pecho") counts however the rest sounds ("dolor fuerte" asked whether it hurts). Back
     * pain with a bladder lost control of, a sign for the emergency room, was who it helps.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this is an emergency!
            en | please I need an ambulance
            en | my husband can't breathe
            es | oiga es una emergencia
            es | necesito una ambulancia por favor
            en | I have chest pain
            en | help, I fell and I can't get up
            en | I suddenly can't feel my legs
            es | ay, siento un dolor en el pecho
            es | no siento las piernas
            es | me estoy muriendo
            en | my chest feels tight
            es | tengo un dolor fuerte en el pecho
            en | my back hurts and I've lost control of my bladder
            es | me duele la espalda y perdí el control de la orina
            """)
    void anEmergencyIsToldToDial911WhereverTheCallerIs(String language, String words) {
        CallState twoMisses = CallState.start(language).withMisses(2);
        Step.Menu menu = assertInstanceOf(Step.Menu.class, FLOW.next(twoMisses, Input.said(words, 0.9), call(TestLine.OPEN)), words);
        assertThat(menu.lead().kind()).isEqualTo(Lead.Kind.EMERGENCY);
        assertThat(menu.lead().kind().choicesInShort()).isTrue();
        assertThat(menu.state().misses()).as("no miss, and three would put the caller on hold for the desk").isZero();

        String topic = SHIPPED.tree().topics().stream()
                .filter(t -> SHIPPED.wording(language).parts(EntryName.passage(t)).size() > 1).findFirst().orElseThrow();
        int parts = SHIPPED.wording(language).parts(EntryName.passage(topic)).size();
        Step.Answer answer = assertInstanceOf(Step.Answer.class,
                FLOW.next(CallState.start(language).at(topic).atPart(1), Input.said(words, 0.9), call(TestLine.OPEN)), words);
        assertThat(answer.lead().kind()).isEqualTo(Lead.Kind.EMERGENCY);
        assertThat(answer.state().part()).as("the choices after the answer, not more of it").isEqualTo(parts);

        Step.Menu asked = assertInstanceOf(Step.Menu.class,
                FLOW.next(CallState.start(language).asking("hours"), Input.said(words, 0.9), call(TestLine.OPEN)), words);
        assertThat(asked.lead().kind()).as("at the short question, not a no").isEqualTo(Lead.Kind.EMERGENCY);

        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(CallState.start(language), Input.keys("0"), call(TestLine.CLOSED)));
        Step.MessageOffer again = assertInstanceOf(Step.MessageOffer.class,
                FLOW.atDesk(offer.state(), Input.said(words, 0.9), call(TestLine.CLOSED)), words);
        assertThat(again.lead().kind()).as("at the offer of a message, not the recording").isEqualTo(Lead.Kind.EMERGENCY);
    }

    /** The pain and numbness traction is for are no emergency. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I have numbness and tingling in my leg
            en | can it help with pain in my legs
            es | tengo adormecidas las piernas
            """)
    void theTroubleTractionHelpsWithIsNoEmergency(String language, String words) {
        Step step = FLOW.next(CallState.start(language), Input.said(words, 0.9), call(TestLine.OPEN));
        assertThat(step instanceof Step.Menu menu && menu.lead().kind() == Lead.Kind.EMERGENCY).as(words).isFalse();
    }

    /** An emergency's word said with a no is no emergency: the caller's question is heard. */
    @Test
    void anEmergencyDeniedIsNoEmergency() {
        assertThat(FLOW.hear(CallState.start("es"), Input.said("no es una emergencia, solo quería saber el horario", 0.9)))
                .isNotEqualTo(Heard.of(Heard.Kind.EMERGENCY));
        assertThat(FLOW.hear(CallState.start("es"), Input.said("no me duele el pecho, me duele la espalda", 0.9)))
                .isNotEqualTo(Heard.of(Heard.Kind.EMERGENCY));
    }

    /**
     * Denied in so many words, the emergency is left out and the rest is what the caller asks: "it's not an
     * emergency, but does it hurt?" was the emergency notice. An emergency said besides still is one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | it's not an emergency, but does it hurt?   | faq-painful
            en | this isn't an emergency, when do you open? | hours
            """)
    void theRestOfWhatACallerWhoDeniesAnEmergencySaysIsHeard(String language, String words, String topic) {
        assertThat(FLOW.hear(CallState.start(language), Input.said(words, 0.9))).as(words).isEqualTo(Heard.go(topic));
        assertThat(FLOW.hear(CallState.start(language), Input.said("it's not an emergency, but I can't breathe", 0.9)))
                .isEqualTo(Heard.of(Heard.Kind.EMERGENCY));
        assertThat(FLOW.hear(CallState.start("es"), Input.said("necesito una ambulancia, ¿no?", 0.9)))
                .as("a no after it asks, it denies nothing").isEqualTo(Heard.of(Heard.Kind.EMERGENCY));
    }
}
