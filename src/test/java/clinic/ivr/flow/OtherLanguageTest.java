package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.Prompts;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caller who speaks the line's other language at a menu is switched to it, as with the language key.
 * The caller's own language, a stray word of the other, or saying they do not speak the other, is never
 * taken for it.
 */
class OtherLanguageTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Call CALL = new Call("+12125550147", "+16465550100", Instant.parse("2026-03-04T15:00:00Z"), false);

    static Heard hear(String language, String node, String words) {
        return SHIPPED.flow().hear(CallState.start(language).at(node), Input.said(words, 0.9));
    }

    static Step say(String language, String node, String words) {
        return SHIPPED.flow().next(CallState.start(language).at(node), Input.said(words, 0.9), CALL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main       | buenas tardes necesito una cita para mi mamá
            en | main       | hola buenos días
            en | main       | me duele mucho la espalda
            en | main       | quiero hablar con alguien por favor
            en | faq        | cuánto tiempo dura cada sesión
            en | what-it-is | no entiendo nada de lo que dice
            es | main       | I don't speak Spanish
            es | main       | can I talk to someone please
            es | faq        | how long does the first visit take
            """)
    void theOtherLanguagesWordsSwitchToItEmergencyNoticeFirst(String language, String node, String words) {
        String other = language.equals("en") ? "es" : "en";
        assertThat(hear(language, node, words)).as(language + " " + node + ": " + words)
                .isEqualTo(new Heard(Heard.Kind.LANGUAGE, other));
        Step.Menu welcome = assertInstanceOf(Step.Menu.class, say(language, node, words));
        assertThat(welcome.state().language()).isEqualTo(other);
        assertThat(welcome.lead().kind()).isEqualTo(Step.Lead.Kind.WELCOME);
    }

    /** Before, a farewell in the other language switched to it and read its menu, to a caller who was done. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | main       | okay that's everything I needed, bye
            es | faq        | thank you so much, have a good day
            en | what-it-is | muchas gracias, hasta luego
            en | main       | bueno, eso es todo, adiós
            """)
    void aFarewellInTheOtherLanguageIsSaidGoodbyeInIt(String language, String node, String words) {
        String other = language.equals("en") ? "es" : "en";
        Step.Goodbye goodbye = assertInstanceOf(Step.Goodbye.class, say(language, node, words), words);
        assertThat(goodbye.state().language()).isEqualTo(other);
    }

    /** Someone on the call does not speak the line's language: the other one, as key 8 would give. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | my mother doesn't speak English
            en | faq  | no English
            es | main | mi hijo no habla español
            """)
    void sayingOneDoesNotSpeakTheLinesLanguageSwitchesToTheOther(String language, String node, String words) {
        String other = language.equals("en") ? "es" : "en";
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(Heard.Kind.LANGUAGE, other));
    }

    @Test
    void sayingOneDoesNotSpeakTheOtherLanguageKeepsTheOneHeard() {
        assertThat(hear("es", "main", "no hablo inglés")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "en"));
        assertThat(hear("es", "faq", "no entiendo el inglés")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "en"));
        assertThat(hear("en", "main", "I don't speak Spanish")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "es"));
        assertThat(hear("en", "faq", "I can't understand Spanish")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "es"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | purple monkey dishwasher
            en | main | hold on I was talking to my son
            en | main | is the clinica open on saturday
            en | faq  | my abuela told me to call you
            es | main | el horario del weekend
            es | main | perdón estaba hablando con mi hijo
            es | main | okay
            """)
    void theCallersOwnLanguageOrAStrayWordOfTheOtherIsNot(String language, String node, String words) {
        assertThat(hear(language, node, words)).as(language + " " + node + ": " + words)
                .isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, language.equals("en") ? "es" : "en"));
    }
}
