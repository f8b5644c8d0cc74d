package clinic.ivr.flow;

import clinic.ivr.desk.PhoneNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.desk.OpeningHours;
import clinic.ivr.flow.Step.Lead;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The call flow as plain Java: every key, silence and invalid input, in every kind of menu. */
class FlowTest {

    static final String DESK = "+12125985913";
    static final String LINE = "+16465550100";

    /** main: 1 what, 2 who, 3 faq; faq: 1 painful, 2 start. "what" has 3 parts in English, 2 in Spanish. */
    /** A Wednesday afternoon in New York: the test desk is open. */
    static final Instant OPEN = Instant.parse("2026-03-04T19:00:00Z");
    /** A Sunday: the test desk is closed. */
    static final Instant CLOSED = Instant.parse("2026-03-08T15:00:00Z");
    static final String CALLER = "+12125550147";

    /** Monday to Friday 8:00-19:00 in New York. */
    static OpeningHours weekdays() {
        Optional<OpeningHours.Span> day = Optional.of(new OpeningHours.Span(LocalTime.of(8, 0), LocalTime.of(19, 0)));
        Map<DayOfWeek, Optional<OpeningHours.Span>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, day);
        }
        return new OpeningHours(ZoneId.of("America/New_York"), week, Map.of());
    }

    static Call call(Instant now) {
        return new Call(LINE, CALLER, now, true);
    }

    static Flow flow(Optional<String> desk) {
        return flow(desk.map(PhoneNumber::of), true);
    }

    private static Flow flow(Optional<PhoneNumber> desk, boolean unused) {
        PhoneTree tree = new PhoneTree(Map.of(
                "main", List.of(new PhoneTree.Option("1", "what"), new PhoneTree.Option("2", "who"),
                        new PhoneTree.Option("3", "faq")),
                "faq", List.of(new PhoneTree.Option("1", "painful"), new PhoneTree.Option("2", "start"))));
        Map<Heard, List<String>> english = new java.util.LinkedHashMap<>();
        english.put(Heard.of(Heard.Kind.FRONT_DESK), List.of("front desk", "operator"));
        english.put(Heard.of(Heard.Kind.REPEAT), List.of("repeat"));
        english.put(Heard.of(Heard.Kind.MAIN_MENU), List.of("main menu"));
        english.put(Heard.of(Heard.Kind.SLOWER), List.of("slower"));
        english.put(new Heard(Heard.Kind.LANGUAGE, "es"), List.of("español"));
        english.put(Heard.of(Heard.Kind.TEXT), List.of("text me"));
        english.put(Heard.of(Heard.Kind.MESSAGE), List.of("message", "voicemail"));
        english.put(Heard.go("what"), List.of("what is it"));
        english.put(Heard.go("faq"), List.of("questions"));
        english.put(Heard.go("painful"), List.of("hurt"));
        english.put(Heard.go("hours"), List.of("what are your hours"));
        Vocabulary en = new Vocabulary(english,
                List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
                List.of("yes"), List.of("no"));
        Vocabulary es = new Vocabulary(Map.of(
                Heard.of(Heard.Kind.FRONT_DESK), List.of("recepción"),
                new Heard(Heard.Kind.LANGUAGE, "en"), List.of("English"),
                Heard.go("faq"), List.of("preguntas")),
                List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
                List.of("sí"), List.of("no"));
        return new Flow(tree, new Listener(Map.of("en", en, "es", es)), List.of("en", "es"),
                Map.of("en", Map.of("what", 3), "es", Map.of("what", 2)), desk, weekdays());
    }

    final Flow flow = flow(Optional.of(DESK));

    static CallState at(String node) {
        return CallState.start("en").at(node);
    }

    Step press(CallState state, String key) {
        return flow.next(state, Input.keys(key), call(OPEN));
    }

    Step say(CallState state, String words) {
        return flow.next(state, Input.said(words, 0.9), call(OPEN));
    }

    Step silence(CallState state) {
        return flow.next(state, Input.SILENCE, call(OPEN));
    }

    static Step.Menu menu(Step step, String name) {
        Step.Menu menu = assertInstanceOf(Step.Menu.class, step);
        assertEquals(name, menu.state().node());
        return menu;
    }

    static Step.Answer answer(Step step, String topic, int part) {
        Step.Answer answer = assertInstanceOf(Step.Answer.class, step);
        assertEquals(topic, answer.state().node());
        assertEquals(part, answer.state().part());
        return answer;
    }

    @Test
    void theFirstAnswerWelcomesToTheMainMenuInTheFirstLanguage() {
        Step.Menu first = menu(flow.start(), "main");
        assertEquals(Lead.Kind.WELCOME, first.lead().kind());
        assertEquals("en", first.state().language());
        assertEquals(Flow.BASE_WAIT_SECONDS, first.waitSeconds());
    }

    @Test
    void mainMenuKeysLeadToTheirTopicsAndSubmenu() {
        answer(press(at("main"), "1"), "what", 1);
        answer(press(at("main"), "2"), "who", 1);
        menu(press(at("main"), "3"), "faq");
    }

    @Test
    void faqKeysLeadToTheirAnswersWhichOfferTheWayBack() {
        Step.Answer painful = answer(press(at("faq"), "1"), "painful", 1);
        assertEquals("1", painful.back());
        answer(press(at("faq"), "2"), "start", 1);
        menu(press(at("painful"), "1"), "faq");
    }

    @Test
    void anAnswerOfTheMainMenuHasNoBackKeySoOneIsInvalidThere() {
        Step.Answer who = answer(press(at("main"), "2"), "who", 1);
        assertEquals("", who.back());
        Step.Answer again = answer(press(at("who"), "1"), "who", 1);
        assertEquals(new Lead(Lead.Kind.INVALID_KEY, "1"), again.lead());
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "what", "painful"})
    void zeroReachesTheFrontDeskFromAnywhere(String node) {
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, press(at(node), "0"));
        assertEquals(DESK, desk.number().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "who", "painful"})
    void starRepeatsWithoutApologyAndGivesMoreTime(String node) {
        Step step = press(at(node), "*");
        assertEquals(node, step.state().node());
        assertEquals(Lead.NONE, leadOf(step));
        assertEquals(1, step.state().patience());
        assertTrue(step.waitSeconds() > Flow.BASE_WAIT_SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"faq", "who", "painful", "main"})
    void nineReturnsToTheMainMenu(String node) {
        Step.Menu main = menu(press(at(node), "9"), "main");
        assertEquals(Lead.NONE, main.lead());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "5", "6", "#"})
    void aKeyThatIsNotAChoiceIsNamedAndTheMenuSaidAgain(String key) {
        Step.Menu again = menu(press(at("faq"), key), "faq");
        assertEquals(new Lead(Lead.Kind.INVALID_KEY, key), again.lead());
        assertEquals(1, again.state().misses());
    }

    @Test
    void sevenAndEightAreChoicesOnlyAtTheMainMenu() {
        assertEquals(new Lead(Lead.Kind.INVALID_KEY, "7"), leadOf(press(at("faq"), "7")));
        assertEquals(new Lead(Lead.Kind.INVALID_KEY, "8"), leadOf(press(at("faq"), "8")));
        assertTrue(press(at("main"), "7").state().slow());
        assertEquals("es", press(at("main"), "8").state().language());
    }

    @Test
    void garbledDigitsAreAnInvalidChoice() {
        assertEquals(Lead.Kind.INVALID_CHOICE, leadOf(press(at("main"), "12")).kind());
        assertEquals(Lead.Kind.INVALID_CHOICE, leadOf(press(at("main"), "<x>")).kind());
    }

    @Test
    void silenceGetsAShortRepromptThenMoreTimeNeverAHangUp() {
        Step first = silence(at("main"));
        Step.Menu reprompt = menu(first, "main");
        assertEquals(Lead.Kind.SILENCE, reprompt.lead().kind());
        assertEquals(1, reprompt.state().misses());
        Step second = silence(first.state());
        assertTrue(second.waitSeconds() > first.waitSeconds());
        assertInstanceOf(Step.Menu.class, second);
    }

    @Test
    void threeFailuresInARowGoToTheFrontDesk() {
        Step one = press(at("faq"), "6");
        Step two = silence(one.state());
        Step three = say(two.state(), "bananas");
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, three);
        assertEquals(Lead.Kind.AFTER_MISSES, desk.lead().kind());
        assertEquals(0, desk.state().misses());
    }

    @Test
    void aGoodChoiceStartsTheCountOfFailuresAgain() {
        Step one = press(at("main"), "6");
        Step two = silence(one.state());
        Step good = press(two.state(), "3");
        assertEquals(0, good.state().misses());
        Step again = press(good.state(), "6");
        assertInstanceOf(Step.Menu.class, again);
    }

    @Test
    void aLongAnswerGoesOnByItselfAndPoundSkipsAhead() {
        Step part1 = press(at("main"), "1");
        assertEquals(Flow.BETWEEN_PARTS_SECONDS, part1.waitSeconds());
        answer(silence(part1.state()), "what", 2);
        Step part2 = press(part1.state(), "#");
        answer(part2, "what", 2);
        Step part3 = press(part2.state(), "#");
        Step.Answer last = answer(part3, "what", 3);
        assertTrue(last.lastPart());
        assertEquals(Flow.BASE_WAIT_SECONDS, last.waitSeconds());
        assertEquals(new Lead(Lead.Kind.INVALID_KEY, "#"), leadOf(press(part3.state(), "#")));
        Step.Answer stillLast = answer(silence(part3.state()), "what", 3);
        assertEquals(Lead.Kind.SILENCE, stillLast.lead().kind());
        answer(press(part3.state(), "*"), "what", 3);
    }

    @Test
    void partsAreCountedInTheCallersLanguage() {
        Step.Answer spanish = answer(press(CallState.start("es"), "1"), "what", 1);
        assertEquals(2, spanish.parts());
        CallState beyond = CallState.start("es").at("what").atPart(3);
        assertEquals(2, press(beyond, "*").state().part());
    }

    @Test
    void starTwiceInARowSlowsTheLineDown() {
        Step once = press(at("main"), "*");
        assertFalse(once.state().slow());
        Step twice = press(once.state(), "*");
        assertTrue(twice.state().slow());
        assertEquals(Lead.Kind.SLOWER_NOW, leadOf(twice).kind());
        Step.Menu later = menu(press(press(twice.state(), "3").state(), "9"), "main");
        assertTrue(later.state().slow(), "the pace lasts for the rest of the call");
        assertTrue(later.state().patience() > 0, "so does the extra time");
    }

    @Test
    void sevenTogglesThePaceAndSaysSo() {
        Step slow = press(at("main"), "7");
        assertTrue(slow.state().slow());
        assertEquals(Lead.Kind.SLOWER_NOW, leadOf(slow).kind());
        Step normal = press(slow.state(), "7");
        assertFalse(normal.state().slow());
        assertEquals(Lead.Kind.NORMAL_PACE_NOW, leadOf(normal).kind());
    }

    @Test
    void spokenWordsWorkLikeKeys() {
        assertInstanceOf(Step.FrontDesk.class, say(at("faq"), "Operator please."));
        menu(say(at("main"), "I have questions"), "faq");
        answer(say(at("main"), "What is it?"), "what", 1);
        answer(say(at("main"), "two"), "who", 1);
        menu(say(at("faq"), "main menu"), "main");
        assertTrue(say(at("faq"), "slower").state().slow());
        assertEquals("es", say(at("faq"), "Español").state().language());
        menu(say(at("painful"), "questions"), "faq");
    }

    @Test
    void speechTwilioIsNotSureOfIsNotGuessed() {
        Step unsure = flow.next(at("main"), Input.said("front desk", 0.1), call(OPEN));
        assertEquals(Lead.Kind.NOT_UNDERSTOOD, leadOf(unsure).kind());
        assertEquals(Lead.Kind.NOT_UNDERSTOOD, leadOf(say(at("main"), "bananas")).kind());
    }

    @Test
    void theFrontDeskIsNeverTheNumberThatWasCalled() {
        Step loop = flow.next(at("faq"), Input.keys("0"), new Call("+1 (212) 598-5913", CALLER, OPEN, true));
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, loop);
        assertEquals(Lead.Kind.FRONT_DESK_UNAVAILABLE, offer.lead().kind());
        assertFalse(offer.tryAgain(), "trying again would ring the same line");
    }

    @Test
    void withoutAFrontDeskNumberTheCallerCanLeaveAMessage() {
        Step step = flow(Optional.empty()).next(at("faq"), Input.keys("0"), call(OPEN));
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, step);
        assertEquals(Lead.Kind.FRONT_DESK_UNAVAILABLE, offer.lead().kind());
    }

    @Test
    void aStateThatNamesNothingStartsOverWithAnApology() {
        Step.Menu main = menu(press(at("no-such-node"), "1"), "main");
        assertEquals(Lead.Kind.PROBLEM, main.lead().kind());
        Step.Menu unknownLanguage = menu(press(CallState.start("fr"), "1"), "main");
        assertEquals("en", unknownLanguage.state().language());
    }

    @Test
    void languageSwitchKeepsThePace() {
        Step spanish = press(at("main").withSlow(true), "8");
        assertEquals("es", spanish.state().language());
        assertTrue(spanish.state().slow());
        assertEquals("en", press(spanish.state(), "8").state().language());
    }

    private static Lead leadOf(Step step) {
        if (step instanceof Step.Menu m) {
            return m.lead();
        }
        if (step instanceof Step.Answer a) {
            return a.lead();
        }
        if (step instanceof Step.FrontDesk d) {
            return d.lead();
        }
        return Lead.NONE;
    }
}
