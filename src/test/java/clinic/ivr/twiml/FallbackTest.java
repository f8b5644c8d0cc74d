package clinic.ivr.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.Routes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The safe answer, when the line cannot use its prompts: Twilio plays it as meant, in the caller's
 * language, after the emergency notice, and puts the caller through to the desk or keeps a message.
 */
class FallbackTest {

    static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);
    static final Optional<PhoneNumber> DESK = Optional.of(PhoneNumber.of("+12125985913"));

    static List<String> heard(String twiml) {
        return ParsedTwiml.parse(twiml).said().stream().map(ParsedTwiml.Said::text).toList();
    }

    @Test
    void withADeskTheCallerHearsTheNoticeAndIsPutThrough() {
        String twiml = Fallback.twiml(DESK, false, "+12125550147");
        assertThat(CHECKER.check(twiml)).isEmpty();
        ParsedTwiml parsed = ParsedTwiml.parse(twiml);
        assertThat(parsed.verbs()).extracting(Element::getTagName).containsExactly("Say", "Say", "Dial", "Say", "Hangup");
        assertThat(heard(twiml)).containsExactly("If this is a medical emergency, hang up and dial 911.",
                "Sorry, our phone menu has a problem. Let me put you through to the front desk.",
                "No one could answer just now. Please call again later. Goodbye.");
        assertThat(parsed.all("Dial").get(0).getTextContent()).isEqualTo("+12125985913");
        assertThat(parsed.said()).allSatisfy(s -> assertThat(s.language()).isEqualTo("en-US"));
        assertThat(parsed.all("Say")).allSatisfy(s -> assertThat(s.getAttribute("voice")).isEqualTo("Polly.Joanna-Neural"));
    }

    @Test
    void aSpanishCallerHearsItInSpanish() {
        String twiml = Fallback.twiml(DESK, true, "+12125550147");
        assertThat(CHECKER.check(twiml)).isEmpty();
        assertThat(heard(twiml).get(0)).isEqualTo("Si se trata de una emergencia médica, cuelgue y marque el 911.");
        assertThat(ParsedTwiml.parse(twiml).all("Say")).allSatisfy(s -> {
            assertThat(s.getAttribute("voice")).isEqualTo("Polly.Lupe-Neural");
            assertThat(s.getAttribute("language")).isEqualTo("es-US");
        });
    }

    @Test
    void withoutADeskToRingAMessageIsRecordedAndKeptLikeAnyOther() {
        String twiml = Fallback.twiml(Optional.empty(), false, "+12125550147");
        assertThat(CHECKER.check(twiml)).isEmpty();
        ParsedTwiml parsed = ParsedTwiml.parse(twiml);
        assertThat(parsed.verbs()).extracting(Element::getTagName).containsExactly("Say", "Say", "Record", "Redirect");
        assertThat(heard(twiml).get(1)).contains("After the tone, please say your name");
        Element record = parsed.all("Record").get(0);
        assertThat(record.getAttribute("action")).startsWith(Routes.RECORDED + "?").contains("lang=en");
        assertThat(record.getAttribute("maxLength")).isEqualTo("120");
        assertThat(record.getAttribute("timeout")).isEqualTo("5");
        assertThat(record.getAttribute("finishOnKey")).isEqualTo("#");
        assertThat(record.getAttribute("recordingStatusCallback")).startsWith(Routes.RECORDING + "?")
                .contains("caller=%2B12125550147");
        assertThat(record.getAttribute("transcribe")).isEqualTo("true");
        assertThat(record.getAttribute("transcribeCallback")).startsWith(Routes.TRANSCRIPTION + "?");
        assertThat(parsed.all("Redirect").get(0).getTextContent()).isEqualTo(record.getAttribute("action"));
    }

    @Test
    void aSpanishMessageIsNotTranscribedAndAnUnknownCallerIsKeptBlank() {
        String twiml = Fallback.twiml(Optional.empty(), true, null);
        assertThat(CHECKER.check(twiml)).isEmpty();
        Element record = ParsedTwiml.parse(twiml).all("Record").get(0);
        assertThat(record.hasAttribute("transcribe")).as("transcription is English only").isFalse();
        assertThat(record.getAttribute("action")).as("what follows the recording is in Spanish too").contains("lang=es");
        assertThat(record.getAttribute("recordingStatusCallback")).contains("caller=").doesNotContain("null");
        assertThat(heard(twiml).get(1)).contains("Después del tono");
    }

    @Test
    void aDeskNumberThatIsNotAPhoneNumberIsNotDialled() {
        String twiml = Fallback.twiml(Optional.of(PhoneNumber.of("front desk")), false, "+12125550147");
        assertThat(ParsedTwiml.parse(twiml).all("Dial")).isEmpty();
        assertThat(ParsedTwiml.parse(twiml).all("Record")).hasSize(1);
    }

    @Test
    void afterTheRecordingTheCallerHearsWhatBecameOfTheMessage() {
        for (boolean spanish : List.of(false, true)) {
            for (String twiml : List.of(Fallback.messageKept(spanish), Fallback.messageNotKept(spanish),
                    Fallback.nothingRecorded(spanish))) {
                assertThat(CHECKER.check(twiml)).isEmpty();
                assertThat(ParsedTwiml.parse(twiml).verbs()).extracting(Element::getTagName).containsExactly("Say", "Hangup");
            }
        }
        assertThat(heard(Fallback.messageKept(false))).containsExactly("Thank you. Your message is saved for the front desk. Goodbye.");
        assertThat(heard(Fallback.messageNotKept(false))).containsExactly("I am sorry, I could not save your message. Please call again later. Goodbye.");
        assertThat(heard(Fallback.nothingRecorded(false))).containsExactly("I did not hear a message. Please call again later. Goodbye.");
        assertThat(heard(Fallback.messageKept(true))).containsExactly("Gracias. Su mensaje quedó guardado para la recepción. Adiós.");
        assertThat(heard(Fallback.messageNotKept(true))).containsExactly("Lo siento, no pude guardar su mensaje. Por favor, llame más tarde. Adiós.");
        assertThat(heard(Fallback.nothingRecorded(true))).containsExactly("No escuché ningún mensaje. Por favor, llame más tarde. Adiós.");
    }
}
