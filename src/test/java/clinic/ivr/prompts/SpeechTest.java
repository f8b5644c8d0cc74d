package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.Speech.Kind;
import clinic.ivr.prompts.Speech.Segment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff text as the caller hears it: sentences run together, a blank line a pause, a phone number digit by digit. */
class SpeechTest {

    static Segment text(String s) {
        return new Segment(Kind.TEXT, s);
    }

    static final Segment PAUSE = new Segment(Kind.PAUSE, Speech.PAUSE);

    @Test
    void linesRunTogetherAndABlankLineIsAShortPause() {
        Speech speech = Speech.of("\n\n  Thank you   for\n calling.\n\n\nTake care.\n\n");
        assertThat(speech.segments()).containsExactly(text("Thank you for calling."), PAUSE, text("Take care."));
        assertThat(speech.plainText()).isEqualTo("Thank you for calling. Take care.");
        assertThat(speech.writtenText()).isEqualTo("Thank you for calling.\nTake care.");
        assertThat(speech.words()).isEqualTo(6);
    }

    @Test
    void aMarkedPhoneNumberIsItsOwnSegment() {
        Speech speech = Speech.of("Call us at " + Speech.phone("212-598-5913") + ", or book online.");
        assertThat(speech.segments()).containsExactly(text("Call us at "), new Segment(Kind.PHONE, "212-598-5913"),
                text(", or book online."));
        assertThat(speech.plainText()).isEqualTo("Call us at 212-598-5913, or book online.");
        assertThat(Speech.of(Speech.phone("1") + " " + Speech.phone("2")).segments())
                .containsExactly(new Segment(Kind.PHONE, "1"), text(" "), new Segment(Kind.PHONE, "2"));
        assertThat(Speech.of("a \uE000unclosed").plainText()).isEqualTo("a \uE000unclosed");
    }

    @Test
    void nothingToSayIsEmpty() {
        assertThat(Speech.of("\n \n").isEmpty()).isTrue();
        assertThat(Speech.of("\n \n").words()).isZero();
        assertThat(Speech.of("\n \n").plainText()).isEmpty();
        assertThat(Speech.of("Hi.").isEmpty()).isFalse();
    }

    @Test
    void whatXmlCannotCarryIsRemovedFromWhatStaffTyped() {
        assertThat(Speech.clean("Hi\u0000\u0007 there\uE000\uE001\uFFFE.\tOK\n")).isEqualTo("Hi there.\tOK\n");
        assertThat(Speech.clean("a \uD83D\uDE00 smile")).isEqualTo("a \uD83D\uDE00 smile");
        assertThat(Speech.clean("half \uD83D pair \uDE00")).isEqualTo("half  pair ");
        for (char c : new char[] {'\u0000', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uD83D', '\uDE00', '\uE000',
                '\uE001', '\uFFFE', '\uFFFF'}) {
            assertThat(Speech.clean("a" + c + "b")).as("U+%04X alone", (int) c).isEqualTo("ab");
        }
        assertThat(Speech.clean("\u0007\uFFFF")).as("nothing but what XML cannot carry").isEmpty();
        assertThat(Speech.clean("Sí, señora: ¿a qué hora?\tVale.\r\n")).isEqualTo("Sí, señora: ¿a qué hora?\tVale.\r\n");
    }

    @Test
    void theTemplatesReadKindsAndTexts() {
        Speech speech = Speech.of("One.\n\nTwo " + Speech.phone("911"));
        assertThat(speech.model()).containsExactly(Map.of("kind", "text", "text", "One."), Map.of("kind", "pause", "text",
                "400ms"), Map.of("kind", "text", "text", "Two "), Map.of("kind", "phone", "text", "911"));
        assertThat(Speech.text("Hello").segments()).containsExactly(text("Hello"));
    }

    @Test
    void twoSpeechesWithTheSameSegmentsAreTheSame() {
        assertThat(Speech.of("Hi.\n\nBye.")).isEqualTo(new Speech(List.of(text("Hi."), PAUSE, text("Bye."))))
                .hasSameHashCodeAs(new Speech(List.of(text("Hi."), PAUSE, text("Bye."))))
                .isNotEqualTo(Speech.of("Hi. Bye.")).hasToString("Hi. Bye.");
    }
}
