package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.Prompts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callers who ask in their own words, with the shipped prompts: from any menu straight to what they
 * meant, one short question when the line is not sure, an honest "not sure I understood" otherwise.
 */
class AskingFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();
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
        assertThat(assertInstanceOf(Step.Answer.class, say(at, "is traction going to hurt")).state().node()).isEqualTo("faq-painful");
        assertThat(assertInstanceOf(Step.Answer.class, say(at, "can it help my sciatica")).state().node()).isEqualTo("who-it-helps");
        assertThat(assertInstanceOf(Step.Answer.class, say(at, "will I notice a difference soon")).state().node())
                .isEqualTo("faq-results");
        assertThat(say(at, "what time do you close today")).isInstanceOf(Step.Hours.class);
        // "schedule" is also a word for the hours ("what's your schedule"): an evaluation to book is how to start
        assertThat(assertInstanceOf(Step.Answer.class, say(at, "I want to schedule an evaluation")).state().node()).isEqualTo("faq-start");
        assertThat(assertInstanceOf(Step.Menu.class, say(at.inLanguage("es"), "tengo preguntas")).state().node()).isEqualTo("faq");
    }

    @Test
    void whatOnlyTheFrontDeskCanAnswerIsSaidHonestlyWithTheOfferToPutTheCallerThrough() {
        for (String phrase : List.of("do you take insurance", "i need to cancel my appointment", "how much does it cost")) {
            Step.Confirm confirm = assertInstanceOf(Step.Confirm.class, say(CallState.start("en"), phrase), phrase);
            assertThat(confirm.state().ask()).isEqualTo(CallState.FRONT_DESK);
            assertThat(List.of(Lead.Kind.ASK_THE_DESK, Lead.Kind.NONE)).as(phrase).contains(confirm.lead().kind());
            assertThat(say(confirm.state(), "yes please")).as("yes puts the caller through").isInstanceOf(Step.FrontDesk.class);
        }
        Step.Confirm where = assertInstanceOf(Step.Confirm.class, say(CallState.start("en"), "what is your address"));
        assertThat(where.lead().kind()).isEqualTo(Lead.Kind.DIRECTIONS);
    }

    @Test
    void aDoubtfulMatchAsksOneShortQuestionAndYesOrOneGoesThere() {
        CallState asked = CallState.start("en").at("faq").asking("faq-painful");
        assertThat(assertInstanceOf(Step.Answer.class, press(asked, "1")).state().node()).isEqualTo("faq-painful");
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "yeah")).state().node()).isEqualTo("faq-painful");
        // the 1 said, as the recognizer gives it, is the 1 pressed: it went back to the menu
        for (String one : List.of("one", "1", "option one")) {
            assertThat(assertInstanceOf(Step.Answer.class, say(asked, one), one).state().node()).isEqualTo("faq-painful");
        }
        assertThat(say(CallState.start("es").at("faq").asking("faq-painful"), "Uno.")).isInstanceOf(Step.Answer.class);
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "yes")).state().ask()).as("settled").isEqualTo("");
        assertThat(say(CallState.start("en").asking("hours"), "yes")).isInstanceOf(Step.Hours.class);
        assertThat(press(CallState.start("en").asking(CallState.FRONT_DESK), "1")).isInstanceOf(Step.FrontDesk.class);
    }

    /**
     * Yes and no as callers say them; a no inside a yes ("cómo no", "no problem") is a yes. "I guess so", "go for
     * it" went back to the menu as a no, and "ándale" set the normal pace; "yup", "exactly", "exacto" went back too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | of course              | true
            en | go ahead               | true
            en | sure, no problem       | true
            en | absolutely             | true
            en | why not                | true
            en | of course not          | false
            en | no, not really         | false
            es | cómo no                | true
            es | dale                   | true
            es | de acuerdo             | true
            es | por supuesto           | true
            es | claro que no           | false
            es | no, por supuesto que no | false
            en | I guess so             | true
            en | go for it              | true
            en | that would be great    | true
            en | I don't think so       | false
            en | nah, I'm good          | false
            es | ándale                 | true
            es | me parece bien         | true
            en | yup                    | true
            en | exactly                | true
            en | I would, yes           | true
            en | that'd be great        | true
            es | exacto                 | true
            es | con gusto              | true
            es | vale, sí               | true
            es | ta bien                | true
            es | qué va                 | false
            es | está bien así, gracias | false
            en | I reckon so, go on     | true
            es | hágale                 | true
            en | I'd better             | true
            en | I suppose I should     | true
            es | ay no, perdone usted   | false
            es | ¿bueno? sí, dígame     | true
            en | well, I might as well   | true
            es | pues ni modo           | true
            es | pues bueno, a ver      | true
            es | no, ya lo sabemos      | false
            """)
    void aYesOrANoAsCallersSayItAnswersTheQuestion(String language, String words, boolean yes) {
        Step step = askedWhetherItHurts(language, words);
        if (yes) {
            assertTheAnswerAskedAbout(step, words);
        } else {
            assertThat(assertInstanceOf(Step.Menu.class, step, words).state().node()).isEqualTo("faq");
        }
    }

    /** "¿Bueno? ¿bueno?" alone at a menu asks whether the line is there: the menu again, no miss, as "¿me escucha?". */
    @Test
    void helloAskedAloneAtAMenuHearsItAgainWithoutAMiss() {
        Step.Menu again = assertInstanceOf(Step.Menu.class, say(CallState.start("es"), "¿bueno? ¿bueno? ¿bueno?"));
        assertThat(again.state().node()).isEqualTo(PhoneTree.MAIN);
        assertThat(again.state().misses()).isZero();
        assertThat(again.lead().kind()).isEqualTo(Step.Lead.Kind.NONE);
    }

    /** A yes of two words is said between two pauses, not across one: "¿cómo? no le escuché" holds no "cómo no". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ¿cómo? no le escuché bien
            ¿cómo? no, no entendí
            """)
    void aYesIsNeverReadAcrossAPause(String words) {
        assertThat(askedWhetherItHurts("es", words)).as(words).isNotInstanceOf(Step.Answer.class);
    }

    /** "¿Bueno?", Mexico's hello on the telephone, asked, checks the line is there: no yes, no message recorded. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ¿bueno? ¿bueno? ¿bueno?
            ¿bueno? no le oigo bien
            """)
    void aHelloAskedAnswersNothing(String words) {
        assertThat(askedWhetherItHurts("es", words)).as(words).isNotInstanceOf(Step.Answer.class);
        Call closed = new Call("+16465550100", "+12125550147", TestLine.CLOSED, false);
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(CallState.start("es"), Input.keys("0"), closed));
        assertThat(FLOW.atDesk(offer.state(), Input.said(words, 0.9), closed)).as(words)
                .isInstanceOf(Step.MessageOffer.class);
    }

    @Test
    void noTwoOrAnythingElseGoesBackToTheMenuTheCallerWasIn() {
        CallState askedAtFaq = CallState.start("en").at("faq").asking("faq-painful");
        CallState askedAfterAnswer = CallState.start("en").at("faq-start").asking("hours");
        for (Step step : List.of(press(askedAtFaq, "2"), say(askedAtFaq, "no"), say(askedAtFaq, "purple monkey dishwasher"),
                FLOW.next(askedAtFaq, Input.SILENCE, call(OPEN)), press(askedAtFaq, "5"))) {
            Step.Menu menu = assertInstanceOf(Step.Menu.class, step);
            assertThat(menu.state().node()).isEqualTo("faq");
            assertThat(menu.state().ask()).isEmpty();
        }
        assertThat(assertInstanceOf(Step.Menu.class, say(askedAfterAnswer, "no thanks")).state().node()).isEqualTo("faq");
        // words the line half takes for the desk's ("blue elephant", a telephone misheard) ask about it, as at the menu
        assertThat(assertInstanceOf(Step.Confirm.class, say(askedAtFaq, "blue elephant")).state().ask())
                .isEqualTo(assertInstanceOf(Step.Confirm.class, say(CallState.start("en").at("faq"), "blue elephant")).state().ask())
                .isEqualTo(CallState.FRONT_DESK);
        // a key said is a key pressed, though "please" is a word for yes: "number two please" went to the answer asked about
        for (String words : List.of("number two please", "the third one please", "five, please")) {
            assertThat(assertInstanceOf(Step.Menu.class, say(askedAtFaq, words), words).state().node()).isEqualTo("faq");
        }
        assertThat(say(askedAtFaq, "one please")).as("1 is the yes").isInstanceOf(Step.Answer.class);
        assertThat(assertInstanceOf(Step.Menu.class, press(CallState.start("en").at("session").asking("hours"), "2")).state().node()).isEqualTo("main");
    }

    @Test
    void atTheQuestionWordsThatAskForSomethingElseAreAnsweredAsAtAMenu() {
        CallState asked = CallState.start("en").at("main").asking("who-it-helps");
        for (String words : List.of("no, how many visits would I need", "how many sessions will it take",
                "actually how long until I feel better")) {
            assertThat(assertInstanceOf(Step.Answer.class, say(asked, words), words).state().node()).as(words)
                    .isEqualTo("faq-results");
        }
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "no, is traction going to hurt")).state().ask()).as("settled").isEmpty();
        assertThat(say(asked, "no, I'd like to leave a message")).isInstanceOf(Step.Voicemail.class);
        assertThat(say(asked, "no, what time do you close today")).isInstanceOf(Step.Hours.class);
        assertThat(assertInstanceOf(Step.Menu.class, say(asked, "en español por favor")).state().language()).isEqualTo("es");
        assertThat(assertInstanceOf(Step.Answer.class, say(CallState.start("es").at("faq").asking("faq-painful"),
                "no, ¿cuántas sesiones necesito?")).state().node()).isEqualTo("faq-results");
    }

    /** A yes said before another request is the caller's way in, not a yes: before, each of these heard who it helps. */
    @Test
    void atTheQuestionAYesWithAnotherRequestIsThatRequest() {
        CallState asked = CallState.start("en").at("main").asking("who-it-helps");
        assertThat(say(asked, "alright, what time do you close today?")).isInstanceOf(Step.Hours.class);
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "yeah, and how many visits would I need")).state()
                .node()).isEqualTo("faq-results");
        assertThat(say(asked, "okay thanks, bye")).isInstanceOf(Step.Goodbye.class);
        assertThat(say(asked, "sure, can I talk to someone")).isInstanceOf(Step.FrontDesk.class);
        assertThat(assertInstanceOf(Step.Answer.class, say(CallState.start("es").at("faq").asking("faq-painful"),
                "sí, ¿y cuántas sesiones necesito?")).state().node()).isEqualTo("faq-results");
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "yes please, go ahead")).state().node())
                .as("a yes with nothing else asked").isEqualTo("who-it-helps");
    }

    /**
     * "Yes, that's it" is the yes: a farewell in little words said with a yes hung up on the caller. A farewell in
     * words of leave-taking, or one without a yes, still says goodbye.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | yes, that's it          | true
            en | yeah that's all         | true
            es | sí, eso es todo         | true
            en | okay thanks, bye        | false
            en | no, that's it           | false
            en | that's it               | false
            es | eso es todo             | false
            es | sí, gracias, adiós      | false
            """)
    void atTheQuestionAYesWithAFarewellInLittleWordsIsTheYes(String language, String words, boolean yes) {
        Step step = askedWhetherItHurts(language, words);
        if (yes) {
            assertTheAnswerAskedAbout(step, words);
        } else {
            assertThat(step).as(words).isInstanceOf(Step.Goodbye.class);
        }
    }

    /**
     * "Claro que sí, para eso llamé" is the yes: what the call is for, said beside it, weighs nothing (it recorded a
     * message, its "llamé" a call to return). Said alone, it answers nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | claro que sí, para eso llamé          | true
            es | sí señora, por eso estoy llamando      | true
            en | oh yes, that's exactly why I called    | true
            en | sure, that's what I'm calling about    | true
            en | that's why I called                    | false
            """)
    void atTheQuestionAYesWithWhatTheCallIsForIsTheYes(String language, String words, boolean yes) {
        Step step = askedWhetherItHurts(language, words);
        if (yes) {
            assertTheAnswerAskedAbout(step, words);
        } else {
            assertThat(step).as(words).isNotInstanceOf(Step.Answer.class).isNotInstanceOf(Step.Voicemail.class);
        }
    }

    /**
     * Why said first and the yes or the no last, with only thanks and please after it, is the answer: the story named
     * another place ("traction" is what it is, a doctor getting started) and went there.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my physical therapist already went over what traction is, so no thanks | main
            es | la tracción me la recomendó mi doctor, así que sí, por favor          | session
            es | mi quiropráctico ya me explicó la tracción. No, gracias.               | main
            en | my sister had traction last spring and loved it, so yes please         | session
            """)
    void atTheQuestionTheAnswerSaidLastAfterWhyIsTheAnswer(String language, String words, String node) {
        Step step = say(CallState.start(language).at("main").asking("session"), words);
        assertThat(step.state().node()).as(words).isEqualTo(node);
    }

    /** What the caller's words do at "Do you want to hear whether it hurts?", asked in the questions menu. */
    private static Step askedWhetherItHurts(String language, String words) {
        return say(CallState.start(language).at("faq").asking("faq-painful"), words);
    }

    private static void assertTheAnswerAskedAbout(Step step, String words) {
        assertThat(assertInstanceOf(Step.Answer.class, step, words).state().node()).isEqualTo("faq-painful");
    }

    @Test
    void atTheQuestionTheChoiceSaidAgainIsAYes() {
        CallState asked = CallState.start("en").at("main").asking("who-it-helps");
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "who it helps")).state().node()).isEqualTo("who-it-helps");
        assertThat(assertInstanceOf(Step.Menu.class, say(asked, "no, not who it helps")).state().node())
                .as("no, even with the choice's words, is no").isEqualTo("main");
    }

    /**
     * The choice's key said at the question, in the menu it was asked in, is the choice said again ("four" before went
     * back to the menu); another key said, the question's own (1 yes, 2 no) or a key pressed keep their meaning.
     */
    @Test
    void atTheQuestionTheChoicesKeySaidIsAYes() {
        CallState asked = CallState.start("en").at("main").asking("session");
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "four")).state().node()).isEqualTo("session");
        assertThat(assertInstanceOf(Step.Answer.class, say(asked, "number four please")).state().node()).isEqualTo("session");
        CallState enLaPregunta = CallState.start("es").at("faq").asking("faq-avoid");
        assertThat(assertInstanceOf(Step.Answer.class, say(enLaPregunta, "la tres")).state().node()).isEqualTo("faq-avoid");
        assertThat(say(asked, "two")).as("another choice's key").isNotInstanceOf(Step.Answer.class);
        assertThat(press(asked, "4")).as("pressed, 1 is the yes").isInstanceOf(Step.Menu.class);
    }

    @Test
    void atTheQuestionZeroStillReachesTheFrontDeskNineTheMainMenuAndStarAsksAgain() {
        CallState asked = CallState.start("en").at("faq").asking("faq-avoid");
        assertThat(press(asked, "0")).isInstanceOf(Step.FrontDesk.class);
        Step.Menu main = assertInstanceOf(Step.Menu.class, press(asked, "9"));
        assertThat(main.state().node()).as("9 is the main menu everywhere, not the menu the question was asked in")
                .isEqualTo("main");
        Step.Confirm again = assertInstanceOf(Step.Confirm.class, press(asked, "*"));
        assertThat(again.state().ask()).isEqualTo("faq-avoid");
    }

    @Test
    void theQuestionRidesInTheUrlAndAForgedOneIsIgnored() {
        CallState asked = CallState.start("es").at("faq").asking("faq-avoid");
        assertThat(asked.toQuery()).as(asked.toQuery()).contains("ask=faq-avoid");
        assertThat(CallState.fromQuery(Map.of("node", "faq", "lang", "es", "ask", "faq-avoid"), "en")).isEqualTo(asked);
        CallState forged = CallState.fromQuery(Map.of("node", "faq", "lang", "en", "ask", "../../etc"), "en");
        Step step = press(forged, "1");
        assertThat(assertInstanceOf(Step.Answer.class, step).state().node()).as("an unknown question is no question: 1 is the faq menu's first option").isEqualTo("faq-results");
    }

    @Test
    void howLongAnAppointmentLastsIsTheSessionAndRingMeBackIsAMessage() {
        for (String phrase : List.of("how long does one appointment last", "how long do the appointments take")) {
            assertThat(assertInstanceOf(Step.Answer.class, say(CallState.start("en"), phrase), phrase).state().node())
                    .isEqualTo("session");
        }
        assertThat(assertInstanceOf(Step.Answer.class, say(CallState.start("es"), "cuánto dura una cita")).state().node())
                .isEqualTo("session");
        for (String phrase : List.of("please ring me back", "can someone ring me back tomorrow afternoon",
                "could somebody get back to me")) {
            assertThat(say(CallState.start("en"), phrase)).as(phrase).isInstanceOf(Step.Voicemail.class);
        }
    }

    @Test
    void speechThatMatchesNothingIsNotUnderstoodAndCountsAsAMiss() {
        Step first = say(CallState.start("en"), "purple banana telephone");
        Step.Menu menu = assertInstanceOf(Step.Menu.class, first);
        assertThat(menu.lead().kind()).isEqualTo(Lead.Kind.NOT_UNDERSTOOD);
        assertThat(menu.state().misses()).isOne();
        Step third = say(say(menu.state(), "zork").state(), "blorp");
        assertThat(third).as("three misses in a row reach a person").isInstanceOf(Step.FrontDesk.class);
    }

    @Test
    void nonsenseNeverLandsInAnAnswerFromAnyMenu() {
        for (String node : List.of("main", "faq", "faq-painful")) {
            for (String phrase : List.of("my cat likes tuna", "order a pizza", "who won the game last night",
                    "what is two plus two", "el perro se comió mi tarea")) {
                Step step = say(CallState.start(phrase.startsWith("el ") ? "es" : "en").at(node), phrase);
                assertThat(!(step instanceof Step.Answer) && !(step instanceof Step.Hours)
                        || step.state().node().equals(node)).as(node + ": \"" + phrase + "\" went to " + step).isTrue();
            }
        }
    }

    @Test
    void spokenNumbersStillPressKeysButASentenceWithANumberIsNotAKey() {
        assertThat(assertInstanceOf(Step.Menu.class, say(CallState.start("en"), "three")).state().node()).isEqualTo("faq");
        assertThat(assertInstanceOf(Step.Menu.class, say(CallState.start("en"), "number 3")).state().node()).isEqualTo("faq");
        assertThat((say(CallState.start("en"), "i have two questions about my bill and my account")
                instanceof Step.Answer)).isFalse();
    }

    @Test
    void askingForTheFrontDeskOnAHolidayHearsTheHolidayAndTheNextOpening() {
        Instant christmas = Instant.parse("2026-12-25T15:00:00Z");
        Step.MessageOffer closed = assertInstanceOf(Step.MessageOffer.class, FLOW.next(CallState.start("en"), Input.keys("0"), call(christmas)));
        assertThat(closed.lead().kind()).isEqualTo(Lead.Kind.DESK_CLOSED);
        assertThat(closed.today().names()).isEqualTo(List.of("Christmas Day", "Navidad"));
        assertThat(closed.today().nextOpening().orElseThrow()).hasToString("2026-12-28T08:00-05:00[America/New_York]");
        Step.Hours hours = assertInstanceOf(Step.Hours.class, FLOW.next(CallState.start("en"), Input.said("are you open today", 0.9), call(CLOSED)));
        assertThat(hours.today().openNow()).isFalse();
    }

    /** "What's next" at a menu, or at an answer's last part: no key was pressed, so no key is named. */
    @Test
    void askingForTheNextPartWhereThereIsNoneIsNoChoiceWithoutNamingAKey() {
        for (String[] said : List.of(new String[] {"en", "next"}, new String[] {"es", "siguiente"})) {
            Step.Menu menu = assertInstanceOf(Step.Menu.class, say(CallState.start(said[0]), said[1]), said[1]);
            assertThat(menu.lead()).isEqualTo(Lead.of(Lead.Kind.INVALID_CHOICE));
            assertThat(menu.state().misses()).isOne();
        }
        Step.Menu pressed = assertInstanceOf(Step.Menu.class, press(CallState.start("en"), "#"));
        assertThat(pressed.lead()).isEqualTo(new Lead(Lead.Kind.INVALID_KEY, "#"));
    }

    /**
     * "Go on", "siga" after an answer's last part: the caller is ready to move on, and hears the answer's choices in
     * short, with no miss. Before, "Sorry, that is not one of the choices" and a miss. Pound, not among its choices,
     * is still a miss.
     */
    @Test
    void goingOnAfterAnAnswersLastPartIsItsChoicesWithoutAMiss() {
        for (String[] said : List.of(new String[] {"en", "okay, go on"}, new String[] {"es", "ajá, siga"})) {
            CallState last = CallState.start(said[0]).at("session")
                    .atPart(SHIPPED.wording(said[0]).parts(EntryName.passage("session")).size());
            Step.Answer answer = assertInstanceOf(Step.Answer.class, say(last, said[1]), said[1]);
            assertThat(answer.state().node()).isEqualTo("session");
            assertThat(answer.lead()).isEqualTo(Lead.of(Lead.Kind.ACKNOWLEDGED));
            assertThat(answer.state().misses()).isZero();
            Step pressed = press(last, "#");
            assertThat(pressed.lead()).isEqualTo(new Lead(Lead.Kind.INVALID_KEY, "#"));
            assertThat(pressed.state().misses()).isOne();
        }
    }

    /**
     * A caller who did not catch the question hears it again, though the words hold a "no" ("no le oí") or say why
     * before or after them; why that names a topic by chance ("barking", "camión") is no question. A no besides is the
     * no, and a "qué" that says no question was missed ("ah, qué bueno") asks nothing again. A please beside asking for
     * it again is no yes, nor inside the words that ask ("please say that again"); said first and asking nothing again
     * ("please do", "please read it"), it is. How or why said around the words not caught ("bien", "porque pasó un
     * tren", "pasó un camión y no le oí") holds no no; a "no" after them, or a but, is the no, with no pause between.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | sorry, I missed that, my dog was barking                 | Confirm
            en | hang on, what did you ask me                             | Confirm
            en | sorry, I was out in the garden, what did you say         | Confirm
            en | pardon me, I missed the question, the kids are yelling    | Confirm
            en | sorry what did you say my grandson was talking           | Confirm
            en | I was out in the garden what did you say                 | Confirm
            es | no le oí                                                 | Confirm
            es | perdón, no escuché, mis nietos están gritando             | Confirm
            es | disculpe, ¿cuál fue la pregunta?                         | Confirm
            es | no le escuché, ¿me lo repite?                            | Confirm
            en | would you say that again for me, please                  | Confirm
            es | repítamela, por favor                                    | Confirm
            en | can you please say that again? it's loud in here         | Confirm
            en | please say that again, my TV is loud                     | Confirm
            es | no le oí bien porque estaba cocinando                    | Confirm
            es | no la escuché bien, es que estoy en la calle             | Confirm
            es | perdone, no le oí bien, ¿me repite la pregunta?          | Confirm
            es | no le escuché nada porque pasó un tren                    | Confirm
            es | ¿me puede repetir? no le oí porque los niños gritaban     | Confirm
            es | repita por favor, no le escuché bien                     | Confirm
            es | ay, es que pasó un camión y no le oí nada                 | Confirm
            es | ¿cómo? justo pasó el metro y no escuché                   | Confirm
            es | ¿me repite la pregunta? estoy estacionando               | Confirm
            en | say that again please, I'm getting off the train         | Confirm
            en | I didn't hear you, no thanks                             | Menu
            en | I didn't catch that, but no thanks                       | Menu
            es | no le oí, pero no gracias                                | Menu
            en | sorry I didn't catch that but no I'm fine                | Menu
            es | no le escuché bien pero no gracias                       | Menu
            es | perdón no le oí no gracias                               | Menu
            es | no, gracias, no hace falta                               | Menu
            es | no entendí nada, hasta luego                             | Goodbye
            en | please read it                                           | Answer
            es | sí, cómo no, por favor                                   | Answer
            es | no, gracias, ya lo escuché                               | Menu
            es | no                                                       | Menu
            es | ah, qué bueno, eso me tenía preocupada                   | Answer
            en | please do                                                | Answer
            """)
    void atTheQuestionACallerWhoDidNotCatchItHearsItAgain(String language, String words, String then) {
        Step step = say(CallState.start(language).at("main").asking("session"), words);
        assertThat(step.getClass().getSimpleName()).as(words).isEqualTo(then);
        assertThat(step.state().node()).as(words).isEqualTo(then.equals("Answer") ? "session" : "main");
    }

    /**
     * The question asked for again in words of going back ("volver a preguntar", "me la vuelve a hacer", "go back over
     * that") is asked again, not answered nor left for the menu. Before, "¿me la vuelve a hacer?" was heard as a doubt
     * about keeping pain away, and went back to the menu.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | ¿me la vuelve a hacer, por favor?
            es | ¿me la puedes volver a hacer?
            es | perdón, ¿me vuelve a preguntar?
            es | ¿podría volver a hacerme la pregunta?
            en | sorry, could you go back over that one
            """)
    void atTheQuestionTheQuestionAskedForAgainInWordsOfGoingBackIsAskedAgain(String language, String words) {
        Step step = say(CallState.start(language).at("faq").asking("faq-start"), words);
        assertThat(assertInstanceOf(Step.Confirm.class, step, words).state().ask()).as(words).isEqualTo("faq-start");
    }

    /**
     * Going back or to the main menu at the short question, with a please after it, is that, not a yes: the please asks
     * politely for what was asked. Going back from the question is to the menu it was asked in, as a no is, with an okay
     * or a yes before it too. Before, "go back, please" and "bueno, regrese a la lista de temas" played the answer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | um, go back, please                        | faq
            es | regrésese, por favor                       | faq
            en | the main menu please                       | main
            es | al principio, por favor                    | main
            es | vale, regrese a la lista de temas          | faq
            en | alright, take me back to the topics        | faq
            es | ay bueno, regresa a las opciones           | faq
            """)
    void aCommandWithAPleaseOrAnOkayAtTheShortQuestionIsThatCommand(String language, String words, String menu) {
        Step step = say(CallState.start(language).at("faq").asking("faq-start"), words);
        assertThat(assertInstanceOf(Step.Menu.class, step, words).state().node()).as(words).isEqualTo(menu);
        assertThat(step.state().ask()).as(words).isEmpty();
    }

    /**
     * A pace asked for at the short question is kept: with a yes, the answer at it; alone, the question again at it.
     * Before, "yes, but slower please" read the main menu slower, and the question was lost. A please after the pace
     * is no yes ("a bit slower, please"); said first, it is ("please, slower"). Nor is a "va" that says how the line
     * goes ("va usted demasiado rápido"): before, it was the yes, and the answer was read. Nor is a caller who does not
     * keep up ("no le sigo") saying no: before, the menu was read again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | sure, but a bit slower         | true  | true
            es | sí, pero más despacito         | true  | true
            es | más despacio                   | false | true
            en | yes, a little faster please     | true  | false
            en | a bit slower, please           | false | true
            es | más rápido, por favor          | false | false
            en | please, slower                 | true  | true
            es | va usted demasiado rápido      | false | true
            es | oiga, va muy rápido            | false | true
            es | no le agarro, más despacio     | false | true
            es | ay, no le sigo, más despacito  | false | true
            """)
    void aPaceAskedAtTheShortQuestionIsKept(String language, String words, boolean answered, boolean slow) {
        CallState asked = CallState.start(language).withSlow(!slow).asking("session");
        Step step = say(asked, words);
        assertThat(step.state().slow()).as(words).isEqualTo(slow);
        assertThat(step.lead().kind()).isEqualTo(slow ? Lead.Kind.SLOWER_NOW : Lead.Kind.NORMAL_PACE_NOW);
        if (answered) {
            assertThat(assertInstanceOf(Step.Answer.class, step, words).state().node()).isEqualTo("session");
        } else {
            assertThat(assertInstanceOf(Step.Confirm.class, step, words).state().ask()).isEqualTo("session");
        }
    }
}
