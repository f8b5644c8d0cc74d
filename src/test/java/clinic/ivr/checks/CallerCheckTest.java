package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Step;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.twiml.ParsedTwiml;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every menu gives a caller whatever the templates say: time to choose, the front desk and the
 * way to hear it again; and no key that ends the Gather with nothing sent.
 */
class CallerCheckTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final CallState EN = CallState.start("en");
    static final String DESK = SHIPPED.wording("en").say(FixedEntry.FRONT_DESK_OPTION).plainText();
    static final String REPEAT = SHIPPED.wording("en").say(FixedEntry.REPEAT_OPTION).plainText();

    static List<String> check(Step step, String gatherAttributes, String said) {
        String twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Gather " + gatherAttributes + "><Say>" + said
                + "</Say></Gather><Redirect>/voice/menu</Redirect></Response>";
        return CallerCheck.check(SHIPPED, step, ParsedTwiml.parse(twiml));
    }

    static final Step MENU = new Step.Menu(EN, Lead.NONE);

    @Test
    void aMenuWithTimeTheDeskAndRepeatPasses() {
        assertThat(check(MENU, "timeout=\"8\" finishOnKey=\"\"", DESK + " " + REPEAT)).isEmpty();
    }

    @Test
    void aGatherThatEndsOnAKeyLosesThatKey() {
        assertThat(check(MENU, "timeout=\"8\"", DESK + " " + REPEAT)).containsExactly("the Gather's finishOnKey is \"#\""
                + " (Twilio's default when it is left out): pressing that key ends the Gather with nothing sent, as if no"
                + " key was pressed; add finishOnKey=\"\" to the Gather");
        assertThat(check(MENU, "timeout=\"8\" finishOnKey=\"*\"", DESK + " " + REPEAT)).containsExactly("the Gather's"
                + " finishOnKey is \"*\": pressing that key ends the Gather with nothing sent, as if no key was pressed;"
                + " add finishOnKey=\"\" to the Gather");
        assertThat(check(new Step.Confirm(EN.asking("faq"), Lead.NONE), "timeout=\"3\"", "Say yes."))
                .as("every Gather, even one that does not wait for a choice").hasSize(1);
    }

    @Test
    void aMenuGivesEightSecondsAtLeast() {
        assertThat(check(MENU, "timeout=\"7\" finishOnKey=\"\"", DESK + " " + REPEAT)).containsExactly("the line waits"
                + " only 7 seconds for a choice; set the Gather's timeout to at least 8 so every caller has time to choose");
        assertThat(check(MENU, "finishOnKey=\"\"", DESK + " " + REPEAT)).as("Twilio's default is 5 seconds")
                .singleElement().asString().startsWith("the line waits only 5 seconds");
        assertThat(check(MENU, "timeout=\" 9 \" finishOnKey=\"\"", DESK + " " + REPEAT)).isEmpty();
        assertThat(check(new Step.Confirm(EN.asking("faq"), Lead.NONE), "timeout=\"3\" finishOnKey=\"\"", "Say yes."))
                .as("the short confirming question waits less").isEmpty();
    }

    @Test
    void aMenuNamesTheFrontDeskAndHowToHearItAgain() {
        assertThat(check(MENU, "timeout=\"8\" finishOnKey=\"\"", REPEAT)).containsExactly("callers are not told how to"
                + " reach the front desk ([front-desk-option])");
        assertThat(check(MENU, "timeout=\"8\" finishOnKey=\"\"", DESK)).containsExactly("callers are not told how to hear"
                + " it again ([repeat-option])");
        assertThat(check(MENU, "timeout=\"8\" finishOnKey=\"\"", "To talk to the   front\n desk, press 0. " + REPEAT))
                .as("spaces as the voice reads them").isEmpty();
    }

    @Test
    void theRepromptAfterSilenceAndTheMessageOfferNeedLess() {
        Step reprompt = new Step.Menu(EN, Lead.of(Lead.Kind.SILENCE));
        assertThat(check(reprompt, "timeout=\"8\" finishOnKey=\"\"", DESK)).isEmpty();
        Step offer = new Step.MessageOffer(EN, Lead.NONE, false, Rehearsal.SAMPLE_DAYS.get(0),
                Rehearsal.SAMPLE_CALLBACK);
        assertThat(check(offer, "timeout=\"8\" finishOnKey=\"\"", REPEAT)).as("0 is not offered when the desk cannot answer")
                .isEmpty();
        assertThat(check(offer, "timeout=\"4\" finishOnKey=\"\"", REPEAT)).hasSize(1);
    }

    @Test
    void theHoursAndTheLastPartOfAnAnswerWaitForAChoiceTheOtherPartsDoNot() {
        Step hours = new Step.Hours(EN.at("hours"), Lead.NONE, Rehearsal.SAMPLE_DAYS.get(0));
        assertThat(check(hours, "timeout=\"4\" finishOnKey=\"\"", DESK + " " + REPEAT)).hasSize(1);
        Step last = new Step.Answer(EN.at("faq-results").atPart(2), Lead.NONE, 2, "1");
        assertThat(check(last, "timeout=\"4\" finishOnKey=\"\"", DESK + " " + REPEAT)).hasSize(1);
        Step first = new Step.Answer(EN.at("faq-results").atPart(1), Lead.NONE, 2, "1");
        assertThat(check(first, "timeout=\"2\" finishOnKey=\"\"", "Part one.")).isEmpty();
    }
}
