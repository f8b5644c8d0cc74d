package clinic.ivr.line;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A call in the terminal, typed through its input stream, against the real line in this process. */
class TerminalPhoneTest {

    static final Prompts PROMPTS = TestLine.load(TestLine.SHIPPED_PROMPTS);

    final List<String> spoken = new ArrayList<>();

    String call(String typed, String... pressFirst) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PhoneLine line = new PhoneLine(new LivePrompts(PROMPTS), Optional.empty(), TestLine.office(TestLine.OPEN));
        Speaker speaker = (text, language, slow) -> spoken.add(language + ": " + text);
        new TerminalPhone(line, new StringReader(typed), new PrintStream(out, true, StandardCharsets.UTF_8), speaker, true)
                .call(List.of(pressFirst));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What was heard after the n-th input (0: the first answer). */
    static String turn(String transcript, int n) {
        return transcript.split("\n> ")[n];
    }

    @Test
    void pressingThreeThenOneHearsTheFirstQuestionsAnswer() {
        String transcript = call("3\n1\nq\n");
        assertThat(turn(transcript, 0)).as(transcript).contains("For common questions, press 3.");
        assertThat(turn(transcript, 1)).as(transcript).contains("For how soon it helps, press 1.");
        assertThat(turn(transcript, 2)).as(transcript).contains("Many people feel some relief after the first session.");
        assertThat(transcript).as(transcript).endsWith("(the call has ended)\n");
    }

    @Test
    void keysTypedTogetherArePressedOneAtEachMenu() {
        String transcript = call("31\nq\n");
        assertThat(transcript).as(transcript).contains("> 1\n");
        assertThat(turn(transcript, 2)).as(transcript).contains("Many people feel some relief");
    }

    @Test
    void pressingZeroDialsTheFrontDeskAndNoAnswerOffersAMessage() {
        String transcript = call("0\n\nq\n");
        String desk = turn(transcript, 1);
        assertThat(desk).as(transcript).contains("Please hold while I put you through to the front desk.");
        assertThat(desk).as(transcript).contains("(ringing the front desk at +12125985913;");
        String after = turn(transcript, 2);
        assertThat(after).as(transcript).contains("(no one answers)");
        assertThat(after).as(transcript).contains("Sorry, no one at the front desk could answer.");
        assertThat(after).as(transcript).contains("To leave a message for the front desk, press 1.");
    }

    @Test
    void aMessageLeftAfterTheBeepIsSaved() {
        String transcript = call("0\n\n1\nThis is Ana at 212 555 0147, please call me back\n");
        assertThat(turn(transcript, 3)).as(transcript).contains("After the tone, please say your name");
        assertThat(turn(transcript, 3)).as(transcript).contains("(beep: recording.");
        assertThat(turn(transcript, 4)).as(transcript).contains("Thank you. Your message is saved for the front desk.");
        assertThat(transcript).as(transcript).contains("(the line hangs up)");
    }

    @Test
    void whoeverPicksUpHearsTheWhisperBeforeTheCaller() {
        String transcript = call("0\nanswered\n");
        assertThat(transcript).as(transcript).contains("(the front desk hears) Phone line caller, asking about general questions.");
    }

    @Test
    void whenTheFrontDeskAnswersTheLineSaysGoodbyeAndHangsUp() {
        String transcript = call("0\nanswered\n");
        assertThat(transcript).as(transcript).contains("Thank you for calling Gramercy Physical Therapy. Take care. Goodbye.");
        assertThat(transcript).as(transcript).contains("(the line hangs up)");
    }

    @Test
    void silenceFollowsTheRedirectAndGetsTheShortReprompt() {
        String transcript = call("\nq\n");
        String reprompt = turn(transcript, 1);
        assertThat(reprompt).as(transcript).contains("I did not hear a choice. Take your time.");
        assertThat(reprompt).as(transcript).doesNotContain("To hear this again, press star.");
    }

    @Test
    void typedWordsAreHeardAsSpeech() {
        String transcript = call("does it hurt\nq\n", "4");
        assertThat(turn(transcript, 2)).as(transcript).contains("Manual traction is gentle, and it should not hurt.");
    }

    @Test
    void poundSkipsToTheNextPartOfAnAnswer() {
        String transcript = call("1\n#\nq\n");
        assertThat(turn(transcript, 1)).as(transcript).contains("Manual traction therapy is a gentle, hands-on treatment.");
        assertThat(turn(transcript, 2)).as(transcript).contains("How is it different from a traction machine?");
    }

    @Test
    void theOtherLanguagesLinesAreMarkedAndSpokenInTheirOwnVoice() {
        String transcript = call("q\n");
        assertThat(turn(transcript, 0)).as(transcript).contains("  [es-US] Para español, oprima 8.\n");
        assertThat(spoken).as(spoken::toString).contains("es-US: Para español, oprima 8.");
        assertThat(spoken.get(0)).as(spoken::toString).startsWith("en-US: If this is a medical emergency, hang up and dial 911.");
    }

    @Test
    void theEndOfInputHangsUp() {
        String transcript = call("");
        assertThat(transcript).as(transcript).contains("(end of input)");
        assertThat(transcript.split("\n> ").length - 1).as(transcript).isOne();
    }

    @Test
    void eachLanguageIsSpokenInEspeaksVoiceForIt() {
        assertThat(EspeakSpeaker.voice("en-US")).isEqualTo("en-us");
        assertThat(EspeakSpeaker.voice("es-US")).isEqualTo("es");
        assertThat(EspeakSpeaker.voice("es-MX")).isEqualTo("es");
        assertThat(EspeakSpeaker.voice("fr-FR")).isEqualTo("fr-fr");
        assertThat(EspeakSpeaker.voice("")).isEqualTo("en-us");
        assertThat(EspeakSpeaker.voice(null)).isEqualTo("en-us");
    }

    @Test
    void aMessagesLengthIsReckonedFromItsWordsAndIsAtLeastTwoSeconds() {
        assertThat(call("0\n\n1\nThis is Ana at 212 555 0147, please call me back\n")).contains("(recorded 4 seconds;");
        assertThat(call("0\n\n1\nhello\n")).contains("(recorded 2 seconds;");
    }

    @Test
    void hangingUpWhileTheDeskRingsOrAtTheBeepEndsTheCall() {
        String ringing = call("0\nq\n");
        assertThat(ringing).as(ringing).endsWith("(the call has ended)\n").doesNotContain("(no one answers)");
        String atTheBeep = call("0\n\n1\nq\n");
        assertThat(atTheBeep).as(atTheBeep).contains("(beep: recording.").doesNotContain("(recorded")
                .endsWith("(the call has ended)\n");
    }

    @Test
    void yesAlsoAnswersTheDeskWhichHearsTheWhisperAndAccepts() {
        String transcript = call("0\nyes\n");
        assertThat(transcript).as(transcript).contains("(the front desk hears) Phone line caller")
                .contains("(the front desk presses a key to accept)").contains("(the front desk talks with the caller");
    }

    @Test
    void keysPressedForTheCallerAtTheStartAreShownAsPressed() {
        String transcript = call("q\n", "8");
        assertThat(turn(transcript, 1)).as(transcript).startsWith("8\n\n  Si tiene una emergencia médica");
    }
}
