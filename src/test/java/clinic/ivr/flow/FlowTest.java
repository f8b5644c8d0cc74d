package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
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
                Map.of("en", Map.of("what", List.of("What it is.", "How it works.", "Who does it.")),
                        "es", Map.of("what", List.of("Qué es.", "Cómo funciona."))), desk, weekdays());
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
        assertThat(menu.state().node()).isEqualTo(name);
        return menu;
    }

    static Step.Answer answer(Step step, String topic, int part) {
        Step.Answer answer = assertInstanceOf(Step.Answer.class, step);
        assertThat(answer.state().node()).isEqualTo(topic);
        assertThat(answer.state().part()).isEqualTo(part);
        return answer;
    }

    @Test
    void theFirstAnswerWelcomesToTheMainMenuInTheFirstLanguage() {
        Step.Menu first = menu(flow.start(), "main");
        assertThat(first.lead().kind()).isEqualTo(Lead.Kind.WELCOME);
        assertThat(first.state().language()).isEqualTo("en");
        assertThat(first.waitSeconds()).isEqualTo(Flow.BASE_WAIT_SECONDS);
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
        assertThat(painful.back()).isEqualTo("1");
        answer(press(at("faq"), "2"), "start", 1);
        menu(press(at("painful"), "1"), "faq");
    }

    @Test
    void anAnswerOfTheMainMenuHasNoBackKeySoOneIsInvalidThere() {
        Step.Answer who = answer(press(at("main"), "2"), "who", 1);
        assertThat(who.back()).isEmpty();
        Step.Answer again = answer(press(at("who"), "1"), "who", 1);
        assertThat(again.lead()).isEqualTo(new Lead(Lead.Kind.INVALID_KEY, "1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "what", "painful"})
    void zeroReachesTheFrontDeskFromAnywhere(String node) {
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, press(at(node), "0"));
        assertThat(desk.number().text()).isEqualTo(DESK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "who", "painful"})
    void starRepeatsWithoutApologyAndGivesMoreTime(String node) {
        Step step = press(at(node), "*");
        assertThat(step.state().node()).isEqualTo(node);
        assertThat(leadOf(step)).isEqualTo(Lead.NONE);
        assertThat(step.state().patience()).isOne();
        assertThat(step.waitSeconds()).isGreaterThan(Flow.BASE_WAIT_SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"faq", "who", "painful", "main"})
    void nineReturnsToTheMainMenu(String node) {
        Step.Menu main = menu(press(at(node), "9"), "main");
        assertThat(main.lead()).isEqualTo(Lead.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "5", "6", "#"})
    void aKeyThatIsNotAChoiceIsNamedAndTheMenuSaidAgain(String key) {
        Step.Menu again = menu(press(at("faq"), key), "faq");
        assertThat(again.lead()).isEqualTo(new Lead(Lead.Kind.INVALID_KEY, key));
        assertThat(again.state().misses()).isOne();
    }

    @Test
    void sevenAndEightAreChoicesOnlyAtTheMainMenu() {
        assertThat(leadOf(press(at("faq"), "7"))).isEqualTo(new Lead(Lead.Kind.INVALID_KEY, "7"));
        assertThat(leadOf(press(at("faq"), "8"))).isEqualTo(new Lead(Lead.Kind.INVALID_KEY, "8"));
        assertThat(press(at("main"), "7").state().slow()).isTrue();
        assertThat(press(at("main"), "8").state().language()).isEqualTo("es");
    }

    @Test
    void garbledDigitsAreAnInvalidChoice() {
        assertThat(leadOf(press(at("main"), "12")).kind()).isEqualTo(Lead.Kind.INVALID_CHOICE);
        assertThat(leadOf(press(at("main"), "<x>")).kind()).isEqualTo(Lead.Kind.INVALID_CHOICE);
    }

    @Test
    void silenceGetsAShortRepromptThenMoreTimeNeverAHangUp() {
        Step first = silence(at("main"));
        Step.Menu reprompt = menu(first, "main");
        assertThat(reprompt.lead().kind()).isEqualTo(Lead.Kind.SILENCE);
        assertThat(reprompt.state().misses()).isOne();
        Step second = silence(first.state());
        assertThat(second.waitSeconds()).isGreaterThan(first.waitSeconds());
        assertThat(second).isInstanceOf(Step.Menu.class);
    }

    @Test
    void threeFailuresInARowGoToTheFrontDesk() {
        Step one = press(at("faq"), "6");
        Step two = silence(one.state());
        Step three = say(two.state(), "bananas");
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, three);
        assertThat(desk.lead().kind()).isEqualTo(Lead.Kind.AFTER_MISSES);
        assertThat(desk.state().misses()).isZero();
    }

    @Test
    void aGoodChoiceStartsTheCountOfFailuresAgain() {
        Step one = press(at("main"), "6");
        Step two = silence(one.state());
        Step good = press(two.state(), "3");
        assertThat(good.state().misses()).isZero();
        Step again = press(good.state(), "6");
        assertThat(again).isInstanceOf(Step.Menu.class);
    }

    @Test
    void aLongAnswerGoesOnByItselfAndPoundSkipsAhead() {
        Step part1 = press(at("main"), "1");
        assertThat(part1.waitSeconds()).isEqualTo(Flow.BETWEEN_PARTS_SECONDS);
        answer(silence(part1.state()), "what", 2);
        Step part2 = press(part1.state(), "#");
        answer(part2, "what", 2);
        Step part3 = press(part2.state(), "#");
        Step.Answer last = answer(part3, "what", 3);
        assertThat(last.lastPart()).isTrue();
        assertThat(last.waitSeconds()).isEqualTo(Flow.BASE_WAIT_SECONDS);
        assertThat(leadOf(press(part3.state(), "#"))).isEqualTo(new Lead(Lead.Kind.INVALID_KEY, "#"));
        Step.Answer stillLast = answer(silence(part3.state()), "what", 3);
        assertThat(stillLast.lead().kind()).isEqualTo(Lead.Kind.SILENCE);
        answer(press(part3.state(), "*"), "what", 3);
    }

    @Test
    void partsAreCountedInTheCallersLanguage() {
        Step.Answer spanish = answer(press(CallState.start("es"), "1"), "what", 1);
        assertThat(spanish.parts()).isEqualTo(2);
        CallState beyond = CallState.start("es").at("what").atPart(3);
        assertThat(press(beyond, "*").state().part()).isEqualTo(2);
    }

    @Test
    void starTwiceInARowSlowsTheLineDown() {
        Step once = press(at("main"), "*");
        assertThat(once.state().slow()).isFalse();
        Step twice = press(once.state(), "*");
        assertThat(twice.state().slow()).isTrue();
        assertThat(leadOf(twice).kind()).isEqualTo(Lead.Kind.SLOWER_NOW);
        Step.Menu later = menu(press(press(twice.state(), "3").state(), "9"), "main");
        assertThat(later.state().slow()).as("the pace lasts for the rest of the call").isTrue();
        assertThat(later.state().patience()).as("so does the extra time").isGreaterThan(0);
    }

    @Test
    void sevenTogglesThePaceAndSaysSo() {
        Step slow = press(at("main"), "7");
        assertThat(slow.state().slow()).isTrue();
        assertThat(leadOf(slow).kind()).isEqualTo(Lead.Kind.SLOWER_NOW);
        Step normal = press(slow.state(), "7");
        assertThat(normal.state().slow()).isFalse();
        assertThat(leadOf(normal).kind()).isEqualTo(Lead.Kind.NORMAL_PACE_NOW);
    }

    @Test
    void spokenWordsWorkLikeKeys() {
        assertThat(say(at("faq"), "Operator please.")).isInstanceOf(Step.FrontDesk.class);
        menu(say(at("main"), "I have questions"), "faq");
        answer(say(at("main"), "What is it?"), "what", 1);
        answer(say(at("main"), "two"), "who", 1);
        menu(say(at("faq"), "main menu"), "main");
        assertThat(say(at("faq"), "slower").state().slow()).isTrue();
        assertThat(say(at("faq"), "Español").state().language()).isEqualTo("es");
        menu(say(at("painful"), "questions"), "faq");
    }

    @Test
    void speechTwilioIsNotSureOfIsNotGuessed() {
        Step unsure = flow.next(at("main"), Input.said("front desk", 0.1), call(OPEN));
        assertThat(leadOf(unsure).kind()).isEqualTo(Lead.Kind.NOT_UNDERSTOOD);
        assertThat(leadOf(say(at("main"), "bananas")).kind()).isEqualTo(Lead.Kind.NOT_UNDERSTOOD);
    }

    @Test
    void theFrontDeskIsNeverTheNumberThatWasCalled() {
        Step loop = flow.next(at("faq"), Input.keys("0"), new Call("+1 (212) 598-5913", CALLER, OPEN, true));
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, loop);
        assertThat(offer.lead().kind()).isEqualTo(Lead.Kind.FRONT_DESK_UNAVAILABLE);
        assertThat(offer.tryAgain()).as("trying again would ring the same line").isFalse();
    }

    @Test
    void withoutAFrontDeskNumberTheCallerCanLeaveAMessage() {
        Step step = flow(Optional.empty()).next(at("faq"), Input.keys("0"), call(OPEN));
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, step);
        assertThat(offer.lead().kind()).isEqualTo(Lead.Kind.FRONT_DESK_UNAVAILABLE);
    }

    @Test
    void aStateThatNamesNothingStartsOverWithAnApology() {
        Step.Menu main = menu(press(at("no-such-node"), "1"), "main");
        assertThat(main.lead().kind()).isEqualTo(Lead.Kind.PROBLEM);
        Step.Menu unknownLanguage = menu(press(CallState.start("fr"), "1"), "main");
        assertThat(unknownLanguage.state().language()).isEqualTo("en");
    }

    @Test
    void languageSwitchKeepsThePace() {
        Step spanish = press(at("main").withSlow(true), "8");
        assertThat(spanish.state().language()).isEqualTo("es");
        assertThat(spanish.state().slow()).isTrue();
        assertThat(press(spanish.state(), "8").state().language()).isEqualTo("en");
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
