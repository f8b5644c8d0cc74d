package clinic.ivr.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.flow.Routes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker must catch the TwiML mistakes that bite, or the rendering tests prove nothing. */
class TwimlCheckerTest {

    static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);
    static final String SAY = "<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\">Hello.</Say>";

    static String response(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + body + "</Response>";
    }

    static void assertProblem(String twiml, String expected) {
        List<String> problems = CHECKER.check(twiml);
        assertThat(problems.stream().anyMatch(p -> p.contains(expected))).as("expected \"" + expected + "\" in " + problems).isTrue();
    }

    @Test
    void aGoodAnswerHasNoProblems() {
        assertThat(CHECKER.check(response("<Gather action=\"/voice/menu?node=main&amp;lang=en\">" + SAY
                + "</Gather><Redirect>/voice/menu?node=main</Redirect>"))).isEqualTo(List.of());
    }

    @Test
    void catchesWhatTwilioWouldNotPlay() {
        assertProblem(" " + response(SAY), "nothing before it");
        assertProblem("<?xml version=\"1.0\"?><Reply>" + SAY + "</Reply>", "not <Response>");
        assertProblem(response("<Say>Hi & bye</Say>"), "not well-formed");
        assertProblem(response("<Gather action=\"/voice/menu\"><Dial>+12125985913</Dial></Gather><Hangup/>"),
                "<Dial> inside <Gather>");
        assertProblem(response("<Gather action=\"/voice/menu\">" + SAY + "</Gather>"), "hangs up on a silent caller");
        assertProblem(response("<Gather action=\"/irv/welcome\">" + SAY + "</Gather><Hangup/>"), "does not serve");
        assertProblem(response("<Redirect>/voice/menuu</Redirect>"), "does not serve");
        assertProblem(response("<Say>Hello.</Say>"), "without a voice and a language");
        assertProblem(response("<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\"><emphasis>Hi</emphasis></Say>"),
                "<emphasis>");
        assertProblem(response("<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\"><prosody pitch=\"high\">Hi</prosody></Say>"),
                "unknown attribute pitch");
        assertProblem(response("<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\">" + "a".repeat(3001) + "</Say>"),
                "3001 characters");
        assertProblem(response("<Play2/>"), "not a TwiML verb");
    }

    @Test
    void catchesSpeechSettingsTwilioRefuses() {
        String gather = "<Gather input=\"dtmf speech\" action=\"/voice/menu\" %s>" + SAY + "</Gather><Hangup/>";
        assertProblem(response(String.format(gather, "speechModel=\"phone_call\" speechTimeout=\"auto\" language=\"en-US\"")),
                "cannot have speechTimeout=\"auto\"");
        assertProblem(response(String.format(gather, "")), "has no language");
        assertProblem(response(String.format(gather, "language=\"en-US\" hints=\"" + "a, ".repeat(501) + "\"")),
                "at most 500");
        assertProblem(response(String.format(gather, "language=\"en-US\" hints=\"" + "word ".repeat(25) + "\"")),
                "longer than 100 characters");
        assertThat(CHECKER.check(response(String.format(gather,
                "speechModel=\"phone_call\" speechTimeout=\"2\" language=\"es-US\" hints=\"hola, duele\"")))).isEqualTo(List.of());
    }

    @Test
    void hintsSeenInAnEarlierAnswerAreReadAndCheckedAsWrittenInTheNext() {
        TwimlChecker checker = new TwimlChecker(Routes.ACTIONS);
        String hints = "it&apos;s my back, &quot;sciatica&quot;, " + "word ".repeat(25);
        String gather = "<Gather input=\"speech\" action=\"/voice/menu\" language=\"en-US\" hints=\"" + hints + "\">"
                + SAY + "</Gather><Redirect>/voice/menu</Redirect>";
        for (int answer = 1; answer <= 3; answer++) {
            TwimlChecker.Checked checked = checker.read(response(gather));
            assertThat(checked.problems()).as("answer " + answer).singleElement().asString()
                    .contains("longer than 100 characters");
            assertThat(checked.answer().orElseThrow().verbs().get(0).getAttribute("hints")).as("answer " + answer)
                    .isEqualTo("it's my back, \"sciatica\", " + "word ".repeat(25));
        }
        String said = "<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\">I said hints=\"" + hints + "\" aloud.</Say>";
        assertThat(checker.read(response(said)).answer().orElseThrow().spokenText())
                .isEqualTo("I said hints=\"it's my back, \"sciatica\", " + "word ".repeat(25) + "\" aloud.");
        assertThat(checker.check(response(gather.replace("&quot;sciatica&quot;", "&quot;sciatica")))).as("changed hints")
                .singleElement().asString().contains("longer than 100 characters");
        assertThat(checker.check(response(gather.replace("word ".repeat(25), "word")))).as("hints that became good").isEmpty();
    }

    @Test
    void whatIsInsideAGatherADialOrSsmlIsCheckedToo() {
        assertProblem(response("<Gather action=\"/voice/menu\"><Say>Hi.</Say></Gather><Hangup/>"),
                "<Say> without a voice and a language: \"Hi.\"");
        assertProblem(response("<Dial><Play>x</Play></Dial>"), "<Play> inside <Dial> is not a noun Dial takes");
        assertProblem(response("<Dial><Number url=\"/voice/nowhere\">+12125985913</Number></Dial>"),
                "<Number> url points to /voice/nowhere, which the line does not serve");
        assertProblem(response("<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\"><prosody rate=\"85%\">"
                + "<emphasis>Hi</emphasis></prosody></Say>"), "<emphasis> inside <Say>");
        assertProblem(response("<Hangup><Say>Hi</Say></Hangup>"), "<Hangup> cannot contain other elements");
    }

    @Test
    void aSayOfExactlyPollysLimitIsFineAndALongOneIsQuotedShort() {
        assertThat(CHECKER.check(response("<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\">" + "a".repeat(3000)
                + "</Say>"))).isEmpty();
        assertProblem(response("<Say>" + "b".repeat(60) + "</Say>"), "language: \"" + "b".repeat(60) + "\"");
        assertProblem(response("<Say>" + "b".repeat(61) + "</Say>"), "language: \"" + "b".repeat(60) + "…\"");
    }
}
