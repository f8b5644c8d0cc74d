package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Wording;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word staff listed in the shipped prompts, said alone, does what it promises, in both languages. */
class SpokenCommandsTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static Heard hear(String language, String node, String words) {
        return SHIPPED.flow().hear(CallState.start(language).at(node), Input.said(words, 0.9));
    }

    /** The words in the caller's language, English or Spanish, said where the caller is, are no key. */
    private static void assertNoKey(String language, String node, String english, String spanish) {
        String words = language.equals("en") ? english : spanish;
        assertThat(hear(language, node, words).kind()).as(words).isNotEqualTo(Heard.Kind.KEY);
    }

    @Test
    void theListenerIsReadyOnceEveryLanguageIsPreparedOrHeard() {
        Prompts fresh = TestLine.load(TestLine.SHIPPED_PROMPTS);
        assertThat(fresh.flow().readyToListen()).as("nothing built yet").isFalse();
        fresh.flow().hear(CallState.start("en").at(PhoneTree.MAIN), Input.said("does it hurt", 0.9));
        assertThat(fresh.flow().readyToListen()).as("English heard, Spanish still to build").isFalse();
        fresh.flow().prepareListening();
        assertThat(fresh.flow().readyToListen()).isTrue();
    }

    /**
     * "But what is it exactly?" after an answer, "what is that?" at a menu: naming nothing, the caller asks what the line
     * is about, its main menu's first choice (what traction is). Reduced to its words it was "what", the one word of "and then what": after
     * an answer it gave the choices again, at a menu it was no choice ("what it is", the menu's words echoed, the next part).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | faq-painful | but what is it exactly?
            en | main        | what is that
            en | main        | um, what it is
            es | faq-painful | ¿y qué es eso exactamente?
            es | main        | pero qué es
            """)
    void whatIsItNamingNothingAsksWhatTheLineIsAbout(String language, String node, String words) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(Heard.go("what-it-is"));
    }

    /** In an answer's middle "what is that" goes on to the next part; cut off, or naming a thing, it is no such question. */
    @Test
    void whatIsItMidAnswerCutOffOrNamingSomethingIsNotWhatTheLineIsAbout() {
        assertThat(hear("en", "session", "and what is that")).isEqualTo(Heard.of(Heard.Kind.NEXT));
        assertThat(hear("es", "faq-painful", "que es la")).isNotEqualTo(Heard.go("what-it-is"));
        assertThat(hear("en", "faq-painful", "what time is it")).isNotEqualTo(Heard.go("what-it-is"));
    }

    /**
     * "Ah, qué bien, tenía miedo de que me doliera" after the answer whether it hurts: its own words with an okay, asking
     * nothing, are the caller taking it in; the answer was read again. Asked again, it is read again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | ah, qué bien, tenía miedo de que me doliera
            es | ya veo, entonces a mi mamá no le va a doler
            en | oh good, I was scared it would hurt
            """)
    void theAnswersOwnWordsWithAnOkayAfterItAreItTakenIn(String language, String words) {
        assertThat(hear(language, "faq-painful", words)).as(words).isEqualTo(Heard.of(Heard.Kind.ACKNOWLEDGED));
        assertThat(hear(language, "faq-painful", language.equals("en") ? "okay, so does it hurt?" : "ok, ¿entonces duele?"))
                .isEqualTo(Heard.go("faq-painful"));
    }

    /**
     * "Good" is an okay: it was the greeting "good morning" with its time of day left out, a way to ask for it again,
     * and read an answer's part again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            session     | good
            faq-painful | good
            main        | good good
            """)
    void goodIsAnOkayNotAGreetingThatAsksAgain(String node, String words) {
        assertThat(hear("en", node, words)).as(words).isEqualTo(Heard.of(Heard.Kind.ACKNOWLEDGED));
    }

    /** "Mom, I said I'm on the phone" is said to someone in the room: it started a message on "phone" ("phone me back"). */
    @Test
    void beingOnThePhoneSaidToSomeoneElseLeavesNoMessage() {
        for (String words : List.of("mom I said I'm on the phone", "yeah I'm still on the phone")) {
            assertThat(hear("en", "faq-painful", words).kind()).as(words).isNotEqualTo(Heard.Kind.MESSAGE);
        }
        assertThat(hear("en", "faq-painful", "can someone phone me back").kind()).isEqualTo(Heard.Kind.MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyCommandWordDoesItsCommandInEveryMenu(String language) {
        Wording w = SHIPPED.wording(language);
        String other = language.equals("en") ? "es" : "en";
        for (String menu : SHIPPED.tree().menus()) {
            Wording.COMMAND_WORDS.forEach((entry, kind) -> {
                if (kind == Heard.Kind.LANGUAGE) {
                    for (String phrase : SHIPPED.wording(other).words(entry)) {
                        assertThat(hear(language, menu, phrase)).as(language + " " + menu + " " + phrase).isEqualTo(new Heard(kind, other));
                    }
                    return;
                }
                for (String phrase : w.words(entry)) {
                    // a word for going back that the main menu's words have too is going back, said alone
                    boolean back = w.words(FixedEntry.GO_BACK_WORDS).contains(phrase);
                    assertThat(hear(language, menu, phrase).kind()).as(language + " " + menu + ": \"" + phrase + "\"")
                            .isEqualTo(back ? Heard.Kind.GO_BACK : kind);
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyExamplePhraseSaidAloneGoesToItsMenuOrTopicFromEveryMenu(String language) {
        Wording w = SHIPPED.wording(language);
        for (String menu : SHIPPED.tree().menus()) {
            for (String menu2 : SHIPPED.tree().menus()) {
                for (PhoneTree.Option option : SHIPPED.tree().options(menu2)) {
                    for (String phrase : w.words(EntryName.words(option.target()))) {
                        assertThat(hear(language, menu, phrase)).as(language + " at " + menu + ": \"" + phrase + "\" should go to " + option.target()).isEqualTo(Heard.go(option.target()));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void spokenNumbersArePressedKeys(String language) {
        List<String> numbers = SHIPPED.wording(language).words(FixedEntry.NUMBER_WORDS);
        assertThat(hear(language, "main", numbers.get(2))).isEqualTo(Heard.key("2"));
        assertThat(hear(language, "faq", numbers.get(0))).isEqualTo(Heard.of(Heard.Kind.FRONT_DESK));
        assertThat(hear(language, "main", "4.")).isEqualTo(Heard.key("4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theWordsForTheFrontDeskIncludeRepresentativeOperatorAndPerson(String language) {
        List<String> expected = language.equals("en")
                ? List.of("front desk", "representative", "operator", "person")
                : List.of("recepción", "representante", "operador", "persona");
        for (String phrase : expected) {
            assertThat(hear(language, "what-it-is", phrase).kind()).as(phrase).isEqualTo(Heard.Kind.FRONT_DESK);
        }
        assertThat(hear(language, "main", expected.get(0).toUpperCase() + ", please!").kind()).isEqualTo(Heard.Kind.FRONT_DESK);
        // a caller who asks whether the line is a machine wants a person
        String robot = language.equals("en") ? "am I talking to a real person or a robot?" : "¿usted es un robot?";
        assertThat(hear(language, "main", robot).kind()).as(robot).isEqualTo(Heard.Kind.FRONT_DESK);
    }

    /**
     * Asking for one's therapist, or for the soonest appointment, is asking for a person: the front desk puts the
     * call through ("quiero hablar con mi terapeuta" asked about a session, "can I speak to my physical therapist"
     * played what traction is, "when is the soonest appointment" asked about the hours). Asking what the therapist
     * does is still a question about the session.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can I talk to my therapist please          | what does the therapist do
            en | hi, can I speak to my physical therapist? | what does the therapist do
            en | is my therapist in today?                 | what does the therapist do
            en | when is the soonest appointment you have  | what does the therapist do
            es | quiero hablar con mi terapeuta, por favor  | ¿qué hace el terapeuta?
            es | ¿puedo hablar con la doctora?              | ¿qué hace el terapeuta?
            """)
    void aCallerWhoAsksForTheirTherapistIsOfferedThePerson(String language, String asked, String aboutTheSession) {
        assertThat(hear(language, "main", asked).kind()).as(asked).isEqualTo(Heard.Kind.FRONT_DESK);
        assertThat(hear(language, "main", aboutTheSession).kind()).as(aboutTheSession).isNotEqualTo(Heard.Kind.FRONT_DESK);
    }

    /** Asking whether the line is a machine asks for a person; asking whether traction is done by one does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | wait, am I talking to a machine?      | is it done with a machine?
            es | ¿oiga, estoy hablando con una máquina? | ¿es con una máquina?
            """)
    void aCallerWhoAsksWhetherTheLineIsAMachineIsOfferedAPerson(String language, String theLine, String theTherapy) {
        assertThat(hear(language, "main", theLine).kind()).as(theLine).isEqualTo(Heard.Kind.FRONT_DESK);
        assertThat(hear(language, "main", theTherapy).kind()).as(theTherapy).isNotEqualTo(Heard.Kind.FRONT_DESK);
    }

    /**
     * How soon the caller can be seen is the front desk's to say; how soon the therapy helps is its answer. "How soon
     * can I get in" played how soon it helps, "¿cuándo me pueden ver?" was taken for asking the line to wait.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how soon could I get in to see someone?   | how soon will my back feel better
            en | um how soon can you see me                | how soon does traction work
            es | ¿y cuándo me pueden ver?                   | ¿cuánto tardo en sentirme mejor?
            es | ¿para cuándo hay cita?                     | ¿qué tan pronto se me quita el dolor?
            """)
    void howSoonTheCallerCanBeSeenIsTheFrontDesksHowSoonItHelpsIsTheAnswer(String language, String seen, String helps) {
        assertThat(hear(language, "main", seen).kind()).as(seen).isEqualTo(Heard.Kind.FRONT_DESK);
        assertThat(hear(language, "main", helps)).as(helps).isEqualTo(new Heard(Heard.Kind.GO, "faq-results"));
    }

    /**
     * A question asked again, with why after it ("I missed it", "no le oí"), is that question: it heard the choices
     * again, for the "didn't catch it" at its end.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | faq-painful | what were your hours again I didn't hear you | hours
            es | main        | cuál es el horario otra vez, no le oí        | hours
            """)
    void aQuestionAskedAgainWithWhyIsThatQuestion(String language, String node, String words, String asked) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(Heard.go(asked));
    }

    /** Seeing results is how soon it helps, not the caller being seen: "how soon will I see results" rang the desk. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how soon would I see results from it
            es | cuándo voy a ver algún resultado
            """)
    void seeingResultsIsNoVisitToBook(String language, String words) {
        assertThat(hear(language, "faq", words).kind()).as(words).isNotEqualTo(Heard.Kind.FRONT_DESK);
    }

    /**
     * At what time of day there are appointments is the hours ("do you do appointments in the evening?" asked whether
     * to hear what happens in a session); asking for one is the front desk's, a greeting before it or not ("good
     * morning, I need an appointment" heard the hours: the morning of the greeting went with the hours'
     * "evening appointments").
     */
    @ParameterizedTest
    @ValueSource(strings = {"good morning, I need an appointment", "appointment", "an appointment, please",
            "I'd like an appointment for next week", "can I make an appointment for the evening",
            "I want to book a morning appointment"})
    void whenThereAreAppointmentsIsTheHoursAskingForOneIsTheFrontDesks(String asking) {
        assertThat(hear("en", "main", "do you do appointments in the evening?")).isEqualTo(new Heard(Heard.Kind.GO, "hours"));
        assertThat(hear("en", "main", asking).kind()).as(asking).isEqualTo(Heard.Kind.FRONT_DESK);
    }

    /**
     * A day of the week asked beside a booking is when the caller wants to come, which only the desk can give: "I want
     * to book Tuesday morning" read the hours, whose words the day is. The day asked alone is still the hours.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could you fit me in with an appointment on Thursday | are you open on Thursday
            en | I want to book Tuesday morning                      | what time do you open Tuesday
            es | quiero una cita el jueves                           | abren el viernes
            """)
    void aDayAskedBesideABookingIsTheDesksTheDayAloneTheHours(String language, String booking, String hours) {
        assertThat(hear(language, "main", booking)).as(booking).isEqualTo(Heard.of(Heard.Kind.ASK_THE_DESK));
        assertThat(hear(language, "main", hours)).as(hours).isEqualTo(Heard.go("hours"));
    }

    /**
     * A word cut off to start again is left out, written cut ("the ho- the hours") or whole with the word before it said
     * again ("la ter la tercera"): "ter" was no word of the menu, "ho" a doubt.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | I'd like to hear the ho- the hours | GO  | hours
            es | faq  | la ter la tercera                  | KEY | 3
            """)
    void aWordCutOffToStartAgainIsLeftOut(String language, String node, String words, Heard.Kind kind, String detail) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(kind, detail));
    }

    /**
     * Something told, then "what is that?" last: what the caller asks is what the line is about, though the story
     * sounds like another place (it was asked whether they wanted to hear what traction is, or sent elsewhere).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my physical therapist brought up traction, what is that exactly
            es | mi vecina me habló de la tracción, qué es eso
            """)
    void aStoryThenWhatIsItAsksWhatTheLineIsAbout(String language, String words) {
        assertThat(hear(language, "main", words)).as(words).isEqualTo(Heard.go("what-it-is"));
    }

    /** "Qué semana llevo" (what a week I've had) tells how the caller is; its week is not the hours. */
    @Test
    void aWeekTheCallerHasHadIsNotTheHours() {
        assertThat(hear("es", "main", "uy, qué semana llevo")).isNotEqualTo(Heard.go("hours"));
    }

    /** "Is anyone there?" asks for a person, not who should avoid traction ("can anyone do it"). */
    @Test
    void aCallerWhoAsksWhetherAnyoneIsThereIsOfferedThePerson() {
        for (String words : List.of("is anyone there", "hello hello, is anyone there?")) {
            assertThat(hear("en", "main", words)).as(words).isIn(Heard.of(Heard.Kind.FRONT_DESK), new Heard(Heard.Kind.MAYBE, ""));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aNumberIsAKeyOnlyWhenItIsAllTheCallerSaid(String language) {
        List<String> numbers = SHIPPED.wording(language).words(FixedEntry.NUMBER_WORDS);
        String press = language.equals("en") ? "press " : "oprima el ";
        assertThat(hear(language, "main", press + numbers.get(3))).isEqualTo(Heard.key("3"));
        assertThat(hear(language, "main", numbers.get(3) + (language.equals("en") ? " please" : " por favor")))
                .isEqualTo(Heard.key("3"));
        assertThat(hear(language, "main", numbers.get(7) + " " + numbers.get(1)).kind()).as("seven one")
                .isNotEqualTo(Heard.Kind.KEY);
        assertThat(hear(language, "main", language.equals("en") ? "seven eleven" : "siete once").kind())
                .isNotEqualTo(Heard.Kind.KEY);
        assertThat(hear(language, "main", language.equals("en") ? "i have two questions about my hip"
                : "tengo dos preguntas sobre mi cadera").kind()).isNotEqualTo(Heard.Kind.KEY);
    }

    /** Right after a word that names a key, a number is that key, whatever else the caller says around it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what was number three            | 3
            en | I'll take number four            | 4
            en | give me option 2                 | 2
            es | ¿cuál era la opción dos?         | 2
            es | quiero la opción número cuatro   | 4
            """)
    void aNumberRightAfterAWordThatNamesAKeyIsThatKey(String language, String words, String key) {
        assertThat(hear(language, "main", words)).as(words).isEqualTo(Heard.key(key));
        String two = language.equals("en") ? "the difference between option two and option three"
                : "la diferencia entre la opción dos y la opción tres";
        assertThat(hear(language, "main", two).kind()).as("two numbers are no key").isNotEqualTo(Heard.Kind.KEY);
    }

    /**
     * What the recognizer writes for a number said after a word that names a key is that key ("option won" said the
     * choices again, "number to" was not understood); such a word anywhere else is none.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            number won        | 1
            um, option to     | 2
            press for please  | 4
            """)
    void aNumberWrittenAsAWordThatSoundsLikeItIsThatKey(String words, String key) {
        assertThat(hear("en", "main", words)).as(words).isEqualTo(Heard.key(key));
        for (String none : List.of("press for the hours", "what do I press for", "I want to")) {
            assertThat(hear("en", "main", none).kind()).as(none).isNotEqualTo(Heard.Kind.KEY);
        }
    }

    /**
     * Words callers say that the line did not know: "woah" is a gasp, no "who"; a back that "goes out" is pain that
     * comes back, not the part again; "cobraría" is the price; "on speaker" hands the phone to someone in the room, no
     * "sneakers" to wear at a session; "next" before "month" dates the month, not the hours ("your hours next month" were
     * a length of time).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main    | woah woah slow down                          | SLOWER       |
            en | main    | so my back won't go out again, what do I do  | GO           | faq-prevent
            es | main    | ¿y cuánto me cobraría por la terapia?        | ASK_THE_DESK |
            en | session | hold on, let me get my wife on speaker       | WAIT         |
            es | main    | ¿dónde puedo aparcar?                        | DIRECTIONS   |
            es | main    | quisiera pedir un turno para el viernes      | ASK_THE_DESK |
            es | main    | un poco más ligero, por favor                | NORMAL_PACE  |
            en | faq     | how many sittings would I need               | GO           | faq-results
            en | faq     | do I need a script from the doctor           | GO           | faq-start
            en | main    | I have to postpone my appointment            | ASK_THE_DESK |
            es | main    | mándemelo por mensaje, es que no oigo bien   | TEXT         |
            en | main    | can you tell me your hours next month        | GO           | hours
            en | faq     | from scratch, please                         | MAIN_MENU    |
            en | session | could you reduce the speed                   | SLOWER       |
            en | main    | a little easier on the speed please          | SLOWER       |
            es | session | va usted muy aprisa                          | SLOWER       |
            es | main    | menos velocidad, por favor                   | SLOWER       |
            es | main    | la secretaria, por favor                     | FRONT_DESK   |
            en | faq     | could I speak to your secretary              | FRONT_DESK   |
            """)
    void wordsTheLineLearnedAreHeardAsMeant(String language, String node, String words, Heard.Kind kind, String detail) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(kind, detail == null ? "" : detail));
    }

    /**
     * Asking the line to wait with words that ask nothing more is the wait: "hold on, someone's at the door" was not
     * understood and counted as a miss. So is what the caller is busy doing, though its words name a topic: "hang on,
     * I'm parking" gave the way to the clinic.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hold on, the kettle is whistling
            es | espéreme, se me cayó el teléfono
            en | can you hold on? the kettle is whistling
            es | espéreme un minuto, por favor
            en | hang on a sec, I'm parking
            en | hang on, I'm getting off the train
            en | hang on, I'm getting on the bus to work
            en | hold on, I am driving right now
            es | pérate, me estoy estacionando
            en | hang on, let me go get my husband
            es | espéreme, voy a llamar a mi esposo
            es | un momento, que estoy estacionando el carro
            """)
    void aWaitWithItsReasonIsTheWait(String language, String words) {
        assertThat(hear(language, "session", words)).as(words).isEqualTo(Heard.of(Heard.Kind.WAIT));
    }

    /**
     * What the caller is busy doing is no reason to drop a command or a question said after it, asked or past the few
     * words that say where.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hang on I'm driving, text me that           | TEXT
            en | hold on, I'm parking, where do I park?      | DIRECTIONS
            en | hold on I'm driving over to your place where do I park | DIRECTIONS
            """)
    void aCommandOrAQuestionAfterWhatTheCallerIsDoingIsHeard(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "session", words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * A command refused in so many words is not done: "please don't skip ahead" and "no se salte nada" skipped to the
     * next part, "no me regrese al menú principal" went to it; in an answer, the answer goes on.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | please don't skip ahead
            es | no se salte nada, por favor
            es | no me regrese al menú principal
            """)
    void aCommandRefusedIsNotDone(String language, String words) {
        assertThat(hear(language, "session", words)).as(words).isEqualTo(Heard.of(Heard.Kind.DECLINED));
    }

    /**
     * "No sé si" is not knowing whether, no refusal: "no sé si puedo dejar un mensaje" was a no to the message, and "no sé
     * si podría dejarle un recado a alguien" asked for a person on the words after the refusal it was taken for.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            no sé si puedo dejar un mensaje                      | MESSAGE
            no sé si podría dejarle un recado a la terapeuta     | MESSAGE
            no se si podría hablar con alguien                   | FRONT_DESK
            """)
    void notKnowingWhetherRefusesNothing(String words, Heard.Kind kind) {
        assertThat(hear("es", "main", words).kind()).as(words).isEqualTo(kind);
        assertThat(hear("es", "main", "no, no quiero dejar mensaje").kind()).isEqualTo(Heard.Kind.DECLINED);
    }

    /**
     * A wrong key owned first, then what the caller wants: the request ("sorry wrong button. is this like a
     * chiropractor thing" went to the main menu, "ay, apreté el que no era. ¿es doloroso?" was asked about keeping the
     * pain away). Owned alone, it is still the main menu.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | oops, wrong button. is it like a massage or what    | what-it-is
            en | sorry, hit the wrong one, what are your hours       | hours
            es | ay, apreté el que no era. ¿a qué hora abren?        | hours
            es | perdón, le di mal, ¿duele mucho?                    | faq-painful
            """)
    void aWrongKeyOwnedThenARequestIsTheRequest(String language, String words, String topic) {
        assertThat(hear(language, "main", words)).as(words).isEqualTo(new Heard(Heard.Kind.GO, topic));
        assertThat(hear(language, "main", language.equals("en") ? "wrong button" : "me equivoqué de botón").kind())
                .isEqualTo(Heard.Kind.MAIN_MENU);
    }

    /** A person refused, what else the caller asks is answered ("don't transfer me yet, what are your hours?" asked). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | don't put me through, I just want the hours      | hours
            es | no me comunique, solo quiero saber si duele      | faq-painful
            """)
    void aPersonRefusedWhatElseIsAskedIsAnswered(String language, String words, String topic) {
        assertThat(hear(language, "main", words)).as(words).isEqualTo(new Heard(Heard.Kind.GO, topic));
    }

    /**
     * "Begin" asks how to get started, not for the main menu's beginning ("what should I do to begin" went to the main
     * menu); "go back to the beginning" is still the main menu.
     */
    @Test
    void toBeginIsToGetStartedAndTheBeginningIsTheMainMenu() {
        assertThat(hear("en", "main", "what should I do to begin")).isIn(new Heard(Heard.Kind.GO, "faq-start"),
                new Heard(Heard.Kind.MAYBE, "faq-start"));
        assertThat(hear("en", "faq-painful", "take me back to the beginning")).isEqualTo(Heard.of(Heard.Kind.MAIN_MENU));
    }

    /**
     * A key said twice, as a caller unsure they were heard says it, is that key ("option three, um, option three" was
     * two numbers, no key); two different keys are none.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | option three, um, option three   | 3
            en | four... four                     | 4
            es | la cuatro, la cuatro             | 4
            es | opción tres, este, la tres       | 3
            """)
    void aKeySaidTwiceIsThatKey(String language, String words, String key) {
        assertThat(hear(language, "main", words)).as(words).isEqualTo(Heard.key(key));
        assertNoKey(language, "main", "option three, um, option four", "la tres, este, la cuatro");
    }

    /**
     * An option picked by its place is its key, its ordinal written in words or in figures as a transcript may give
     * it ("the 3rd one" asked whether to put the caller through); an ordinal in words that say something else is no key.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the second one                   | 2
            en | um, the third option             | 3
            en | the fourth, please               | 4
            es | la segunda                       | 2
            es | la tercera opción                | 3
            es | la cuarta, por favor             | 4
            en | I'll take the fourth option      | 4
            es | quiero la segunda opción         | 2
            en | the 3rd one                      | 3
            en | um, the 2nd option please        | 2
            es | la 3ª opción                     | 3
            es | el 4º, por favor                 | 4
            """)
    void anOptionPickedByItsPlaceIsItsKey(String language, String words, String key) {
        assertThat(hear(language, "main", words)).as(words).isEqualTo(Heard.key(key));
    }

    /**
     * The pound key by its other names skips to the next part: "hash" and "numeral" were not understood; so does a
     * caller in a hurry who asks to cut to the chase ("al grano" was not understood).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hash, please
            es | numeral
            es | la almohadilla
            es | al grano, señorita
            en | just cut to the chase
            """)
    void thePoundKeyByItsOtherNamesIsTheNextPart(String language, String words) {
        assertThat(hear(language, "session", words)).as(words).isEqualTo(Heard.of(Heard.Kind.NEXT));
    }

    /**
     * Words of what a menu offers, one of them of that option's name alone, are that option: "session" asked whether to
     * hear if it hurts, "evitar" whether to hear what traction is, "avoid" and "soon" asked first; "how soon" was the
     * front desk's "how soon can you see me", and "the how soon one" points at the option with its "one". A word of two
     * names ("who", "helps") or of none picks nothing by itself.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | session              | 4
            en | main | um, the session      | 4
            en | faq  | avoid                | 3
            en | faq  | soon?                | 1
            es | faq  | evitar               | 3
            en | faq  | how soon             | 1
            en | faq  | the how soon one, please | 1
            """)
    void wordsOfOneOptionsNameAreThatOption(String language, String menu, String words, String key) {
        assertThat(hear(language, menu, words)).as(words).isEqualTo(Heard.key(key));
        assertThat(hear(language, menu, language.equals("en") ? "who" : "quién").kind()).isNotEqualTo(Heard.Kind.KEY);
    }

    /**
     * An example whose only words of substance ask without saying what about ("then what", "and what else") is the
     * next part only said as written: "what would they do to me" asks about something its words do not name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            session | what would they do to me | false
            session | so what are you          | false
            main    | what would they do to me | false
            session | okay and then what       | true
            """)
    void aQuestionWordAloneIsTheNextPartOnlySaidAsWritten(String node, String words, boolean next) {
        assertThat(hear("en", node, words).kind() == Heard.Kind.NEXT).as(words).isEqualTo(next);
    }

    /**
     * The clinic's word as recognizers mishear it ("la atracción manual" was not the therapy), and the main menu as a
     * Spanish speaker names it in English and as a list ("la lista principal" was a question about the list of
     * questions); "ahorita" is "ahora" (the hours were only asked about).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | main | ¿qué es la atracción manual?             | GO        | what-it-is
            es | main | ¿y la transacción manual cómo funciona?  | GO        | what-it-is
            en | faq  | back to the principal menu please        | MAIN_MENU |
            es | faq  | me equivoqué, quiero la lista principal   | MAIN_MENU |
            es | main | ¿ustedes están abiertos ahorita?         | GO        | hours
            """)
    void misheardAndSecondLanguageWordsAreWhatTheCallerMeant(String language, String node, String words, Heard.Kind kind,
                                                            String detail) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(kind, detail == null ? "" : detail));
    }

    /**
     * The frame a polite caller puts around a request weighs nothing ("¿sería mucha molestia...?" asked whether it hurts,
     * its "molestia" being a discomfort); a frame said alone is all the caller said, and understood as nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | ¿sería mucha molestia pasarme con la recepcionista?       | FRONT_DESK
            es | no sé si me podría dejar un recado para la recepcionista  | MESSAGE
            en | I hate to be a pain but could I go back to the beginning   | MAIN_MENU
            en | if it's no trouble                                         | UNCLEAR
            es | ¿me haría el favor de repetirlo?                           | REPEAT
            """)
    void aRequestInAPoliteFrameIsTheRequest(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "main", words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * The text asked for first, then that there is nothing to write with, is the text (the pen asked the line to wait,
     * and the two together were not understood); a no said first and then a pause answers the line, and a command after
     * it is the request ("no, regresa al principio" asked about a pain that should not come back), a topic not taken
     * from it. The text is asked for by WhatsApp and "por mensaje" too (that was a message to leave), a farewell with a
     * "cheerio".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | session | could you text that to me, I don't have a pen handy | TEXT      |
            es | session | ay no, regresa al principio                         | MAIN_MENU |
            es | session | no, que no me regrese el dolor                      | GO        | faq-prevent
            es | main    | ¿me lo puedes mandar por mensaje? la dirección digo  | TEXT      |
            es | main    | mándemelo por WhatsApp, porfa                       | TEXT      |
            en | main    | well cheerio then                                   | GOODBYE   |
            en | main    | I have to run                                       | GOODBYE   |
            es | main    | mándalo al móvil que estoy en el coche              | TEXT      |
            """)
    void aReasonAfterTheTextOrANoBeforeACommandIsNoRequest(String language, String node, String words, Heard.Kind kind,
                                                          String detail) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(kind, detail == null ? "" : detail));
    }

    /**
     * Why said first and then, after a pause, a pace or the text asked for is what is asked (a sleepless night, pills,
     * a hearing aid: nothing was understood, or the part was said again); the text asked first is not undone by a
     * reason after it, that the caller hears badly. A pace heard too fast stays the slower pace.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my hearing aid is acting up today, slower please        | SLOWER
            en | I'm on the bus and can't hear well, just text it to me  | TEXT
            en | text me the details, I can hardly hear you              | TEXT
            es | sigo mareada desde la operación, más despacito          | SLOWER
            es | hoy ando muy cansado por las pastillas, hable más lento | SLOWER
            es | habla usted muy rápido para mí, más despacio            | SLOWER
            """)
    void whyFirstThenAPaceOrTheTextIsWhatIsAsked(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "main", words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * Why said first, then the part again asked for after a pause, as a question or in an example's words, is the part
     * again: "estoy en la calle y hay mucho ruido, ¿me lo repite?" was asked whether it hurts. A wish or a story that
     * ends in its little words asks nothing again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | sorry, my phone cut out, can you repeat that
            en | sorry, the neighbor was knocking, repeat that
            es | perdón, se me cayó el teléfono, otra vez por favor
            es | ay, me distraje con la tele, ¿qué dijo?
            """)
    void whyFirstThenThePartAgainAskedIsThePartAgain(String language, String words) {
        assertThat(hear(language, "main", words).kind()).as(words).isEqualTo(Heard.Kind.REPEAT);
        for (String told : List.of("bueno, ya no le quito más tiempo. que esté bien", "¿no duele, verdad? es que soy muy nerviosa")) {
            assertThat(hear("es", "main", told).kind()).as(told).isNotEqualTo(Heard.Kind.REPEAT);
        }
    }

    /**
     * The part again asked first, before a pause and in more than a "what?", then why or what the caller is busy doing,
     * is the part again: "otra vez, por favor, que la tele está muy alta" was not understood, "can you repeat the question?
     * I'm on the bus" a doubt about the desk. A topic asked about after "again" is no reason, nor a "¿qué?" alone before
     * a reply.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | de nuevo, por favor, es que estaba lavando los platos
            en | say that again please, I'm getting off the train
            es | repítame la pregunta, es que la tele está muy alta
            """)
    void thePartAgainAskedFirstThenWhyIsThePartAgain(String language, String words) {
        assertThat(hear(language, "session", words).kind()).as(words).isEqualTo(Heard.Kind.REPEAT);
        assertThat(hear("es", "main", "otra vez, me duele mucho la rodilla").kind()).isNotEqualTo(Heard.Kind.REPEAT);
        assertThat(hear("es", "faq", "¿qué? no, le hablaba a mi nieto").kind()).isNotEqualTo(Heard.Kind.REPEAT);
    }

    /**
     * A request followed by a moment asked for, to hand the phone over or because nothing is at hand to write with, is
     * the request (the two together waited, or were not understood); late minutes are no moment.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could my husband hear this in Spanish, hang on a sec          | LANGUAGE
            en | send me a text with all that, I can't write it down right now | TEXT
            en | could you text that to me, I can't write anything down right now | TEXT
            es | mándeme eso por mensaje, es que no tengo dónde apuntarlo ahorita | TEXT
            es | la dirección, déjeme buscar una pluma                         | DIRECTIONS
            es | voy a llegar como diez minutos tarde a mi cita                | ASK_THE_DESK
            """)
    void aRequestThenAMomentAskedForIsTheRequest(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "main", words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * A pace or the text asked for first, then why, is what the caller asks (they were not understood); a greeting
     * first is no "what?" ("hello?"), nor a story's "nobody answers" a person asked for.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could you go a bit slower my hearing aid is acting up today | SLOWER
            en | text me that please my pen ran out of ink                     | TEXT
            """)
    void aPaceOrTheTextAskedFirstThenWhyIsWhatTheCallerAsks(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "session", words).kind()).as(words).isEqualTo(kind);
        assertThat(hear(language, "session", "hi um. good evening. how are you doing").kind()).isNotEqualTo(Heard.Kind.REPEAT);
    }

    /**
     * A pace asked in the other language's word, beside a courtesy of the line's, is that pace (it was not understood);
     * the call stays in its language, as one word of the other tells too little of which the caller speaks.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | please, despacio
            es | slower por favor
            """)
    void aPaceAskedInTheOtherLanguagesWordIsThatPace(String language, String words) {
        assertThat(hear(language, "session", words)).as(words).isEqualTo(Heard.of(Heard.Kind.SLOWER));
    }

    /** A pace asked in a diminutive is that pace: "más rapidito, por favor" was not understood. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | más rapidito, ya le entendí         | NORMAL_PACE
            es | un poquito más lentito, por favor   | SLOWER
            """)
    void aPaceAskedInADiminutiveIsThatPace(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "session", words).kind()).as(words).isEqualTo(kind);
    }

    /** How to get started in everyday words: "get going" and "arrancar" were not understood. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how do we get going
            es | cómo arranco con la terapia
            """)
    void gettingGoingIsHowToGetStarted(String language, String words) {
        assertThat(hear(language, "faq", words)).as(words).isEqualTo(Heard.go("faq-start"));
    }

    /**
     * A word of one option's name that callers ask another option by more often picks no key: "pain" and "dolor" at
     * the common questions, of "how to prevent pain", are asked of whether it hurts; the line asks before answering.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | pain
            es | dolor
            es | el del dolor
            """)
    void aWordAnotherOptionIsAskedByMoreOftenPicksNoKey(String language, String words) {
        assertThat(hear(language, "faq", words).kind()).as(words).isEqualTo(Heard.Kind.MAYBE);
    }

    /**
     * Callers repeat what a menu says: every option, said as the menu words it, is that option ("how soon it
     * helps" put the caller through to the front desk, its "soon" and "help" words of the desk's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyOptionSaidAsTheMenuWordsItIsThatOption(String language) {
        Wording w = SHIPPED.wording(language);
        for (String menu : SHIPPED.tree().menus()) {
            for (PhoneTree.Option option : SHIPPED.tree().options(menu)) {
                String said = w.name(option.target());
                assertThat(hear(language, menu, said)).as(said).isEqualTo(Heard.go(option.target()));
            }
        }
    }

    /**
     * "The last one" is the last option of the menu the caller is at, whatever its key (it asked whether to hear
     * about a session; "la última" was not understood), and "la penúltima" the one before it; in an answer, where no
     * options are read, it is no key ("the last option" there names the options: the list's choices), nor is "the
     * last time".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | the last one                | 5
            en | faq  | um, the last option please  | 5
            es | main | la última                   | 5
            es | faq  | el último, por favor        | 5
            es | faq  | la penúltima                | 4
            es | main | eh, el penúltimo             | 4
            en | faq  | the penultimate one         | 4
            """)
    void theLastOneIsTheMenusLastOption(String language, String menu, String words, String key) {
        assertThat(hear(language, menu, words)).as(words).isEqualTo(Heard.key(key));
        assertThat(hear(language, "session", words).kind()).as(words + " in an answer").isNotEqualTo(Heard.Kind.KEY);
        assertNoKey(language, menu, "the last time I came it hurt", "la última vez me dolió");
    }

    /**
     * An option chosen with a word callers choose with, or pointed at among what the line said, is its key ("I'll take
     * the second one" and "the second one you mentioned" asked the line to wait, "second" as in "one second"; "elijo la
     * dos" was not understood); the same words in a question about something else are no key.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I'll take the second one          | 2
            en | let me pick the third one         | 3
            en | I'll take two                     | 2
            en | I'd like to hear the fourth one   | 4
            es | elijo la dos                      | 2
            es | escojo la primera                 | 1
            es | tomo la cuarta                    | 4
            en | the fourth one you mentioned      | 4
            en | I want the third one you listed   | 3
            """)
    void anOptionChosenIsItsKey(String language, String words, String key) {
        assertThat(hear(language, "main", words)).as(words).isEqualTo(Heard.key(key));
        assertNoKey(language, "main", "does it take two weeks", "tomo dos pastillas al día");
    }

    /**
     * After an answer, a key said that the answer offers nothing on is that option of the list the answer is in, as the
     * caller heard it there: "press five please" after whether it hurts was "5 is not one of the choices". A key
     * pressed keeps the answer's own map, and a question ("¿ya son las tres?") picks nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | faq-painful | number three, who shouldn't do it | faq-avoid
            en | faq-painful | press five please                 | faq-start
            es | faq-painful | marco el cinco                    | faq-start
            en | what-it-is  | two                               | who-it-helps
            """)
    void afterAnAnswerAKeySaidIsThatOptionOfItsList(String language, String topic, String words, String option) {
        assertThat(hear(language, topic, words)).as(words).isEqualTo(new Heard(Heard.Kind.GO, option));
        CallState there = CallState.start(language).at(topic);
        assertThat(SHIPPED.flow().hear(there, Input.keys("3")).kind()).as("3 pressed").isEqualTo(Heard.Kind.KEY);
        String asked = language.equals("en") ? "is it three already?" : "¿ya son las tres?";
        assertThat(hear(language, topic, asked).kind()).as(asked).isNotEqualTo(Heard.Kind.GO);
    }

    /**
     * A key said before or after the name of what it offers there is that key ("5 hours" was not understood, "1 go back"
     * after an answer in the common questions went to the main menu), and an option by its place ("the last one, the
     * hours" asked about a session's length); a number in a story, or beside words that ask for something else, picks
     * nothing by its number.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main        | 5 hours                    | GO       | hours
            en | main        | the hours, five            | GO       | hours
            es | main        | el cinco, el horario       | GO       | hours
            en | faq-painful | 1 go back                  | GO_BACK  |
            es | faq-painful | el uno, regresar           | GO_BACK  |
            en | faq-painful | go back, one               | GO_BACK  |
            en | main        | the last one, your hours   | GO       | hours
            en | main        | the second one, who it can help | GO  | who-it-helps
            """)
    void aKeySaidWithTheNameOfWhatItOffersIsThatKey(String language, String node, String words, Heard.Kind kind,
                                                  String detail) {
        Heard heard = hear(language, node, words);
        assertThat(heard.kind()).as(words).isEqualTo(kind);
        assertThat(heard.detail()).as(words).isEqualTo(detail == null ? "" : detail);
        assertThat(hear("en", "main", "I hurt my back 2 weeks ago lifting a box at work"))
                .as("a number in a story, beside words of who it helps").isNotEqualTo(Heard.key("2"))
                .isNotEqualTo(new Heard(Heard.Kind.GO, "who-it-helps"));
        assertThat(hear("en", "main", "2 hours")).as("the key of who it helps beside the hours")
                .isNotEqualTo(Heard.key("2")).isNotEqualTo(new Heard(Heard.Kind.GO, "who-it-helps"));
    }

    /**
     * At the common questions, the caller's own story names who it helps, a place of the menu above; the part said
     * between pauses that surely asks one of the questions is what is asked ("I have a bad disc in my neck, does it
     * hurt?" was asked whether they meant who it helps).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I have a bad disc in my neck, does it hurt?                      | faq-painful
            en | my sister had a hip replacement last year. who should not do this? | faq-avoid
            es | tengo artritis en la rodilla. ¿duele?                            | faq-painful
            es | mi mamá tiene ciática, ¿cuánto tarda en hacer efecto?            | faq-results
            """)
    void atTheCommonQuestionsTheQuestionAskedBesideTheCallersStoryIsAsked(String language, String words, String asked) {
        assertThat(hear(language, "faq", words)).as(words).isEqualTo(new Heard(Heard.Kind.GO, asked));
    }

    /**
     * An option picked by its place and what it is, as the common questions are questions, is its key: "the last
     * question" and "la tercera pregunta" read the list again. A question of one's own is no option.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the last question               | 5
            en | the third question, please      | 3
            es | la última pregunta              | 5
            es | la segunda pregunta por favor   | 2
            """)
    void anOptionPickedByItsPlaceAndWhatItIsIsItsKey(String language, String words, String key) {
        assertThat(hear(language, "faq", words)).as(words).isEqualTo(Heard.key(key));
        assertNoKey(language, "faq", "my first question is whether it hurts", "mi primera pregunta es si duele");
    }

    /**
     * An option said after a word for yes or no is its key, as after "okay": "dale, la cuarta" and "sure, the last one" were
     * asked about the menu or the topic they sound like, "no, the second one" asked the line to wait. A word for yes before
     * a question about numbers makes no key, nor a no after the number, which takes it back.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | dale, la cuarta            | 4
            es | sí, la segunda             | 2
            es | claro, la tercera opción   | 3
            en | sure, the last one         | 5
            en | right, number two          | 2
            en | yes, the third one please  | 3
            en | no, the second one         | 2
            es | no, la segunda             | 2
            """)
    void anOptionSaidAfterAYesOrANoIsItsKey(String language, String words, String key) {
        assertThat(hear(language, "faq", words)).as(words).isEqualTo(Heard.key(key));
        assertNoKey(language, "faq", "yes, does it take two weeks", "sí, tomo dos pastillas al día");
        assertNoKey(language, "faq", "one? no, no, forget it", "¿uno? no, no, olvídelo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | just a second
            en | one second
            en | is the first visit free
            es | un segundo
            es | la primera vez
            es | mi primera cita
            """)
    void anOrdinalThatPicksNoOptionIsNoKey(String language, String words) {
        assertThat(hear(language, "main", words).kind()).as(words).isNotEqualTo(Heard.Kind.KEY);
    }

    /** A number before "of" or "about" ("de") is a pronoun: "can I ask about one of these" pressed 1. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | faq  | um, I'd like to hear one of those
            en | main | okay so, one of them
            en | faq  | the one about, um, that thing
            es | faq  | quiero oír uno de esos
            """)
    void aNumberSaidAsAPronounIsNoKey(String language, String menu, String words) {
        assertThat(hear(language, menu, words).kind()).as(words).isNotEqualTo(Heard.Kind.KEY);
    }

    /** A question about doing it at home is no way back to the main menu ("home" was one of its words). */
    @Test
    void askingAboutHomeIsNoMainMenu() {
        for (String words : List.of("can I do traction at home", "is there something I can do at home")) {
            assertThat(hear("en", "faq", words).kind()).as(words).isNotEqualTo(Heard.Kind.MAIN_MENU);
        }
        assertThat(hear("en", "faq", "go back to the main menu")).isEqualTo(Heard.of(Heard.Kind.MAIN_MENU));
    }

    /**
     * Asked what comes next, in an answer, the line goes on to its next part ("and then?" was not understood, "and
     * what comes after that?" asked about the hours).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | and then?
            en | okay, and what comes after that?
            es | ¿y luego?
            es | ¿y después qué?
            es | ¿y qué viene después?
            """)
    void askedWhatComesNextTheAnswerGoesOn(String language, String words) {
        assertThat(hear(language, "what-it-is", words)).as(words).isEqualTo(Heard.of(Heard.Kind.NEXT));
    }

    /**
     * In an answer, the next part asked for first in one of its examples as written and then why, with or without a
     * pause, is the next part: these were not understood, or asked about a topic of the reason. Its words inside
     * everyday ones ask nothing: "I need to move my appointment" is no "move on".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | move on please, i already read all about it on your website   | NEXT
            en | skip this part, the doctor explained it to me last week       | NEXT
            es | adelante que ya me lo contó mi cuñada                         | NEXT
            es | sáltese esa parte que me duele la espalda y no tengo tiempo    | NEXT
            en | I need to move my appointment to friday, my daughter is away  | ASK_THE_DESK
            """)
    void theNextPartAskedFirstAndThenWhyIsTheNextPart(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "session", words).kind()).as(words).isEqualTo(kind);
    }

    /**
     * A back that is where it hurts is no going back, nor the main menu's "go back": "go on my back is killing me"
     * went to the main menu. The main menu asked for beside it is still the main menu.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            go on, my back is killing me today                   | NEXT
            yes go on my back is killing me                      | NEXT
            go back to the main menu, my back is killing me      | MAIN_MENU
            """)
    void aBackThatHurtsIsNoGoingBack(String words, Heard.Kind kind) {
        assertThat(hear("en", "session", words).kind()).as(words).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aCommandWordInALongUnrelatedSentenceIsNoCommand(String language) {
        String again = language.equals("en") ? "again" : "otra vez";
        assertThat(hear(language, "faq", again).kind()).isEqualTo(Heard.Kind.REPEAT);
        String sentence = language.equals("en") ? "the bus is late again and my neighbor is not home"
                : "el autobús llegó tarde otra vez y mi vecina no está en casa";
        assertThat(hear(language, "faq", sentence).kind()).as(sentence).isNotEqualTo(Heard.Kind.REPEAT);
    }

    /**
     * Asked to say it again more slowly, or told the caller cannot hear it well ("no la oigo bien": before, the line
     * asked about preventing pain; "I'm hard of hearing" asked about the common questions), the line slows down,
     * which says it again: not only a repeat at the same pace.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you say that again slower
            en | could you repeat that a little slower please
            es | me lo puede repetir más despacio
            es | repítamelo más lento por favor
            es | ay señorita, no la oigo bien
            en | I'm hard of hearing
            es | estoy medio sorda
            es | casi no le oigo, señorita
            """)
    void askedToRepeatMoreSlowlyTheLineSlowsDown(String language, String words) {
        assertThat(hear(language, "faq", words).kind()).as(words).isEqualTo(Heard.Kind.SLOWER);
    }

    /**
     * Asked for a moment and a slower pace at once, the line slows down, which says it again and gives the caller time
     * ("slow down please, I need to write this" was not understood: a wait and a slower pace, neither clearly first).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | slow down please, I need to write this down
            en | one moment, slower please
            es | más despacio por favor, lo estoy anotando
            es | espere tantito, más despacio
            en | whoa, slow down, I'm writing
            """)
    void askedForAMomentAndASlowerPaceTheLineSlowsDown(String language, String words) {
        assertThat(hear(language, "session", words).kind()).as(words).isEqualTo(Heard.Kind.SLOWER);
    }

    /**
     * A question asked again, "again" said at its end, is the question (each said again the answer the caller was
     * in); "again" after words that ask nothing by themselves is a repeat.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what are your hours once more | GO     | hours
            en | what is traction, once more   | GO     | what-it-is
            es | ¿cuál es el horario otra vez? | GO     | hours
            en | could you go over that again  | REPEAT |
            es | ¿me lo dice otra vez?         | REPEAT |
            """)
    void aQuestionAskedAgainIsTheQuestion(String language, String words, Heard.Kind kind, String detail) {
        assertThat(hear(language, "faq-painful", words)).as(words).isEqualTo(new Heard(kind, detail == null ? "" : detail));
    }

    /**
     * A caller unsure anyone is there, who did not catch it or hears it too softly, or who greets the line as they
     * would a person, hears the choices again: no miss counted ("hi, good morning" was not understood, a miss).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Hello?
            en | hello? hello?
            en | um, sorry?
            en | excuse me?
            en | could you speak up a little
            en | ma'am, I can barely hear you
            en | sorry, you're too quiet
            es | se oye muy bajito
            es | ¿Aló?
            es | hola hola
            es | perdón, no escuché bien lo que dijo
            en | sorry, could you repeat the last part?
            en | oh hi, good morning
            en | hey, good evening
            es | buenas tardes
            es | hola, buenos días señora
            """)
    void aCallerWhoSaysHelloGreetsOrSaysSorryHearsItAgain(String language, String words) {
        // a greeting's "good" ("good morning", its time of day left out) is an okay: the menu again too, with no miss
        assertThat(hear(language, "faq", words).kind()).as(words).isIn(Heard.Kind.REPEAT, Heard.Kind.ACKNOWLEDGED);
    }

    /**
     * A caller who did not catch or follow it says so, alone: the line says it again, no miss. "What?" asked
     * whether to hear what traction is, and "I don't understand" was not understood, a miss; "can you hear me?"
     * asked whether to hear the common questions, "are you there?" whether to be put through. Asking the line to wait
     * first changes nothing ("hold on, what?" went on to the next part, "hang on, what did you just say?" waited).
     * What the line said asked back ("what was it?", "¿qué fue eso?") went on to the next part.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main        | What?
            en | faq-painful | sorry, what?
            en | session     | um, I don't get it
            en | main        | I'm confused
            en | main        | sorry, I can't understand you
            es | faq         | no le entiendo, señora
            es | main        | perdón, ¿qué?
            en | main        | hello? are you there?
            en | faq         | um, can you hear me?
            en | session     | hold on, what?
            en | session     | hang on, what did you just say?
            es | session     | un momento, ¿qué?
            es | main        | ¿bueno? ¿me escucha?
            es | session     | oiga, ¿sigue ahí?
            en | session     | sorry, what did he say?
            en | session     | what was it?
            es | session     | ¿qué fue eso?
            es | main        | perdón, ¿cómo dijo?
            en | session     | sorry, what was the last thing she said?
            es | session     | oiga, ¿qué fue lo último que me dijo?
            es | faq         | no entiendo nada
            """)
    void aCallerWhoDidNotCatchItHearsItAgain(String language, String node, String words) {
        assertThat(hear(language, node, words).kind()).as(words).isEqualTo(Heard.Kind.REPEAT);
    }

    /**
     * A going back with words for not having caught it asks for it again: "could you go back, I missed it" in the middle
     * of an answer went to the main menu, and "regrese, no le oí" was asked about keeping the pain away. A going back
     * alone is still the step back.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | session     | could you go back please, I missed it
            en | faq-painful | go back, sorry, I didn't hear that
            es | session     | regrese, no le oí
            es | faq-painful | para atrás por favor, no alcancé a oír
            """)
    void aGoingBackForWhatWasMissedHearsItAgain(String language, String node, String words) {
        assertThat(hear(language, node, words).kind()).as(words).isEqualTo(Heard.Kind.REPEAT);
        assertThat(hear(language, node, language.equals("en") ? "go back please" : "regrese por favor").kind())
                .isEqualTo(Heard.Kind.GO_BACK);
    }

    /** With more than that, the words are what the caller asks: "what is it" is what traction is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what is it
            en | I don't understand what you do
            en | what are your hours
            es | ¿qué es la tracción?
            en | are you there on Saturdays
            es | ¿me escucha? quería saber si duele
            """)
    void notHavingCaughtItSaidWithMoreIsNoRepeat(String language, String words) {
        assertThat(hear(language, "main", words).kind()).as(words).isNotEqualTo(Heard.Kind.REPEAT);
    }

    /**
     * Asking for the choices, going back, thinking aloud, none of the choices. Before, "what were the options
     * again", "hmm, let me think", "I pressed the wrong button" and "none of those" were not understood, "regresar"
     * asked about preventing pain and "¿cuáles eran las opciones?" about getting started.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | what were the options again?       | REPEAT
            en | could you tell me my options       | REPEAT
            es | ¿cuáles eran las opciones?         | REPEAT
            es | regresar                           | GO_BACK
            es | quiero regresar al menú por favor  | MAIN_MENU
            en | um, let me think for a moment      | WAIT
            en | oops, I hit the wrong button       | MAIN_MENU
            es | uy, me equivoqué de botón          | MAIN_MENU
            en | none of those options              | FRONT_DESK
            es | ninguna de esas opciones           | FRONT_DESK
            """)
    void askingForTheChoicesGoingBackOrThinkingAloud(String language, String words, Heard.Kind kind) {
        assertThat(hear(language, "faq", words).kind()).as(words).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void speechThatMatchesNothingIsUnclearNotAGuess(String language) {
        assertThat(hear(language, "main", "zzz qqq").kind()).isEqualTo(Heard.Kind.UNCLEAR);
        assertNotSame(hear(language, "faq", "blue elephant").kind(), Heard.Kind.KEY);
    }
}
