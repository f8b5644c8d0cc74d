package clinic.ivr.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(turn(transcript, 0).contains("For common questions, press 3."), transcript);
        assertTrue(turn(transcript, 1).contains("For how soon it helps, press 1."), transcript);
        assertTrue(turn(transcript, 2).contains("Many people feel some relief after the first session."), transcript);
        assertTrue(transcript.endsWith("(the call has ended)\n"), transcript);
    }

    @Test
    void keysTypedTogetherArePressedOneAtEachMenu() {
        String transcript = call("31\nq\n");
        assertTrue(transcript.contains("> 1\n"), transcript);
        assertTrue(turn(transcript, 2).contains("Many people feel some relief"), transcript);
    }

    @Test
    void pressingZeroDialsTheFrontDeskAndNoAnswerOffersAMessage() {
        String transcript = call("0\n\nq\n");
        String desk = turn(transcript, 1);
        assertTrue(desk.contains("Please hold while I put you through to the front desk."), transcript);
        assertTrue(desk.contains("(ringing the front desk at +12125985913;"), transcript);
        String after = turn(transcript, 2);
        assertTrue(after.contains("(no one answers)"), transcript);
        assertTrue(after.contains("Sorry, no one at the front desk could answer."), transcript);
        assertTrue(after.contains("To leave a message for the front desk, press 1."), transcript);
    }

    @Test
    void aMessageLeftAfterTheBeepIsSaved() {
        String transcript = call("0\n\n1\nThis is Ana at 212 555 0147, please call me back\n");
        assertTrue(turn(transcript, 3).contains("After the tone, please say your name"), transcript);
        assertTrue(turn(transcript, 3).contains("(beep: recording."), transcript);
        assertTrue(turn(transcript, 4).contains("Thank you. Your message is saved for the front desk."), transcript);
        assertTrue(transcript.contains("(the line hangs up)"), transcript);
    }

    @Test
    void whoeverPicksUpHearsTheWhisperBeforeTheCaller() {
        String transcript = call("0\nanswered\n");
        assertTrue(transcript.contains("(the front desk hears) Phone line caller, asking about general questions."),
                transcript);
    }

    @Test
    void whenTheFrontDeskAnswersTheLineSaysGoodbyeAndHangsUp() {
        String transcript = call("0\nanswered\n");
        assertTrue(transcript.contains("Thank you for calling Gramercy Physical Therapy. Take care. Goodbye."), transcript);
        assertTrue(transcript.contains("(the line hangs up)"), transcript);
    }

    @Test
    void silenceFollowsTheRedirectAndGetsTheShortReprompt() {
        String transcript = call("\nq\n");
        String reprompt = turn(transcript, 1);
        assertTrue(reprompt.contains("I did not hear a choice. Take your time."), transcript);
        assertFalse(reprompt.contains("To hear this again, press star."), transcript);
    }

    @Test
    void typedWordsAreHeardAsSpeech() {
        String transcript = call("does it hurt\nq\n", "4");
        assertTrue(turn(transcript, 2).contains("Manual traction is gentle, and it should not hurt."), transcript);
    }

    @Test
    void poundSkipsToTheNextPartOfAnAnswer() {
        String transcript = call("1\n#\nq\n");
        assertTrue(turn(transcript, 1).contains("Manual traction therapy is a gentle, hands-on treatment."), transcript);
        assertTrue(turn(transcript, 2).contains("How is it different from a traction machine?"), transcript);
    }

    @Test
    void theOtherLanguagesLinesAreMarkedAndSpokenInTheirOwnVoice() {
        String transcript = call("q\n");
        assertTrue(turn(transcript, 0).contains("  [es-US] Para español, oprima 8.\n"), transcript);
        assertTrue(spoken.contains("es-US: Para español, oprima 8."), spoken::toString);
        assertTrue(spoken.get(0).startsWith("en-US: If this is a medical emergency, hang up and dial 911."), spoken::toString);
    }

    @Test
    void theEndOfInputHangsUp() {
        String transcript = call("");
        assertTrue(transcript.contains("(end of input)"), transcript);
        assertEquals(1, transcript.split("\n> ").length - 1, transcript);
    }
}
