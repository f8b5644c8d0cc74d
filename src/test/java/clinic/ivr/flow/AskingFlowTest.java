package clinic.ivr.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.TestLine;
import clinic.ivr.flow.Step.Lead;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Callers who ask in their own words, with the shipped prompts: from any menu straight to what they
 * meant, one short question when the line is not sure, an honest "not sure I understood" otherwise.
 */
class AskingFlowTest {

    static final Flow FLOW = TestLine.load(TestLine.SHIPPED_PROMPTS).flow();
    static final Instant OPEN = TestLine.OPEN;
    static final Instant CLOSED = TestLine.CLOSED;

    static Call call(Instant now) {
        return new Call("+16465550100", "+12125550147", now, false);
    }

    static Step say(CallState state, String words) {
        return FLOW.next(state, Input.said(words, 0.9), call(OPEN));
    }

    static Step press(CallState state, String key) {
        return FLOW.next(state, Input.keys(key), call(OPEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "what-it-is", "faq-start", "hours"})
    void aQuestionAskedFromAnywhereGoesStraightToItsAnswer(String node) {
        CallState at = CallState.start("en").at(node);
        assertEquals("faq-painful", assertInstanceOf(Step.Answer.class, say(at, "is traction going to hurt")).state().node());
        assertEquals("who-it-helps", assertInstanceOf(Step.Answer.class, say(at, "can it help my sciatica")).state().node());
        assertInstanceOf(Step.Hours.class, say(at, "what time do you close today"));
        assertEquals("faq", assertInstanceOf(Step.Menu.class, say(at.inLanguage("es"), "tengo preguntas")).state().node());
    }

    @Test
    void whatOnlyTheFrontDeskCanAnswerIsSaidHonestlyWithTheOfferToPutTheCallerThrough() {
        for (String phrase : List.of("do you take insurance", "i need to cancel my appointment", "how much does it cost")) {
            Step.Confirm confirm = assertInstanceOf(Step.Confirm.class, say(CallState.start("en"), phrase), phrase);
            assertEquals(CallState.FRONT_DESK, confirm.state().ask());
            assertTrue(List.of(Lead.Kind.ASK_THE_DESK, Lead.Kind.NONE).contains(confirm.lead().kind()), phrase);
            assertInstanceOf(Step.FrontDesk.class, say(confirm.state(), "yes please"), "yes puts the caller through");
        }
        Step.Confirm where = assertInstanceOf(Step.Confirm.class, say(CallState.start("en"), "what is your address"));
        assertEquals(Lead.Kind.DIRECTIONS, where.lead().kind());
    }

    @Test
    void aDoubtfulMatchAsksOneShortQuestionAndYesOrOneGoesThere() {
        CallState asked = CallState.start("en").at("faq").asking("faq-painful");
        assertEquals("faq-painful", assertInstanceOf(Step.Answer.class, press(asked, "1")).state().node());
        assertEquals("faq-painful", assertInstanceOf(Step.Answer.class, say(asked, "yeah")).state().node());
        assertEquals("", assertInstanceOf(Step.Answer.class, say(asked, "yes")).state().ask(), "settled");
        assertInstanceOf(Step.Hours.class, say(CallState.start("en").asking("hours"), "yes"));
        assertInstanceOf(Step.FrontDesk.class, press(CallState.start("en").asking(CallState.FRONT_DESK), "1"));
    }

    @Test
    void noTwoOrAnythingElseGoesBackToTheMenuTheCallerWasIn() {
        CallState askedAtFaq = CallState.start("en").at("faq").asking("faq-painful");
        CallState askedAfterAnswer = CallState.start("en").at("faq-start").asking("hours");
        for (Step step : List.of(press(askedAtFaq, "2"), say(askedAtFaq, "no"), say(askedAtFaq, "blue elephant"),
                FLOW.next(askedAtFaq, Input.SILENCE, call(OPEN)), press(askedAtFaq, "5"))) {
            Step.Menu menu = assertInstanceOf(Step.Menu.class, step);
            assertEquals("faq", menu.state().node());
            assertEquals("", menu.state().ask());
        }
        assertEquals("faq", assertInstanceOf(Step.Menu.class, say(askedAfterAnswer, "no thanks")).state().node());
        assertEquals("main", assertInstanceOf(Step.Menu.class,
                press(CallState.start("en").at("session").asking("hours"), "2")).state().node());
    }

    @Test
    void atTheQuestionZeroStillReachesTheFrontDeskAndStarAsksAgain() {
        CallState asked = CallState.start("en").at("faq").asking("faq-avoid");
        assertInstanceOf(Step.FrontDesk.class, press(asked, "0"));
        Step.Confirm again = assertInstanceOf(Step.Confirm.class, press(asked, "*"));
        assertEquals("faq-avoid", again.state().ask());
    }

    @Test
    void theQuestionRidesInTheUrlAndAForgedOneIsIgnored() {
        CallState asked = CallState.start("es").at("faq").asking("faq-avoid");
        assertTrue(asked.toQuery().contains("ask=faq-avoid"), asked.toQuery());
        assertEquals(asked, CallState.fromQuery(Map.of("node", "faq", "lang", "es", "ask", "faq-avoid"), "en"));
        CallState forged = CallState.fromQuery(Map.of("node", "faq", "lang", "en", "ask", "../../etc"), "en");
        Step step = press(forged, "1");
        assertEquals("faq-results", assertInstanceOf(Step.Answer.class, step).state().node(),
                "an unknown question is no question: 1 is the faq menu's first option");
    }

    @Test
    void speechThatMatchesNothingIsNotUnderstoodAndCountsAsAMiss() {
        Step first = say(CallState.start("en"), "purple banana telephone");
        Step.Menu menu = assertInstanceOf(Step.Menu.class, first);
        assertEquals(Lead.Kind.NOT_UNDERSTOOD, menu.lead().kind());
        assertEquals(1, menu.state().misses());
        Step third = say(say(menu.state(), "zork").state(), "blorp");
        assertInstanceOf(Step.FrontDesk.class, third, "three misses in a row reach a person");
    }

    @Test
    void nonsenseNeverLandsInAnAnswerFromAnyMenu() {
        for (String node : List.of("main", "faq", "faq-painful")) {
            for (String phrase : List.of("my cat likes tuna", "order a pizza", "who won the game last night",
                    "what is two plus two", "el perro se comió mi tarea")) {
                Step step = say(CallState.start(phrase.startsWith("el ") ? "es" : "en").at(node), phrase);
                assertTrue(!(step instanceof Step.Answer) && !(step instanceof Step.Hours)
                        || step.state().node().equals(node), node + ": \"" + phrase + "\" went to " + step);
            }
        }
    }

    @Test
    void spokenNumbersStillPressKeysButASentenceWithANumberIsNotAKey() {
        assertEquals("faq", assertInstanceOf(Step.Menu.class, say(CallState.start("en"), "three")).state().node());
        assertEquals("faq", assertInstanceOf(Step.Menu.class, say(CallState.start("en"), "number 3")).state().node());
        assertTrue(!(say(CallState.start("en"), "i have two questions about my bill and my account")
                instanceof Step.Answer));
    }

    @Test
    void askingForTheFrontDeskOnAHolidayHearsTheHolidayAndTheNextOpening() {
        Instant christmas = Instant.parse("2026-12-25T15:00:00Z");
        Step.MessageOffer closed = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(CallState.start("en"), Input.keys("0"), call(christmas)));
        assertEquals(Lead.Kind.DESK_CLOSED, closed.lead().kind());
        assertEquals(List.of("Christmas Day", "Navidad"), closed.today().names());
        assertEquals("2026-12-28T08:00-05:00[America/New_York]", closed.today().nextOpening().orElseThrow().toString());
        Step.Hours hours = assertInstanceOf(Step.Hours.class,
                FLOW.next(CallState.start("en"), Input.said("are you open today", 0.9), call(CLOSED)));
        assertTrue(!hours.today().openNow());
    }
}
