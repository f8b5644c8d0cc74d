package clinic.ivr.flow;

import static clinic.ivr.flow.FlowTest.CALLER;
import static clinic.ivr.flow.FlowTest.CLOSED;
import static clinic.ivr.flow.FlowTest.DESK;
import static clinic.ivr.flow.FlowTest.LINE;
import static clinic.ivr.flow.FlowTest.OPEN;
import static clinic.ivr.flow.FlowTest.at;
import static clinic.ivr.flow.FlowTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.Step.Lead;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-off to the front desk: open or closed, every Dial outcome, messages and texts. Plain Java. */
class FrontDeskFlowTest {

    final Flow flow = FlowTest.flow(Optional.of(DESK));
    /** The shipped words' flow, loaded once: a flow keeps nothing of a call between steps. */
    static final Flow SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS).flow();
    static final Recording SPOKEN = new Recording("RE1", "https://api.twilio.com/RE1", 14, "");

    /** What the shipped words' line does with these words, said when it asked whether to put the caller through. */
    static Step atTheDeskQuestion(String language, String words) {
        return SHIPPED.next(CallState.start(language).asking(CallState.FRONT_DESK), Input.said(words, 0.9), call(OPEN));
    }

    Step.MessageOffer offer(Step step, Lead.Kind lead) {
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, step);
        assertThat(offer.lead().kind()).isEqualTo(lead);
        return offer;
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "what", "painful"})
    void whenOpenZeroRingsTheDeskWithTheLineAsCallerIdAndTheTopicForTheWhisper(String node) {
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, flow.next(at(node), Input.keys("0"), call(OPEN)));
        assertThat(desk.number().text()).isEqualTo(DESK);
        assertThat(desk.callerId().text()).isEqualTo(LINE);
        assertThat(desk.state().node()).as("the whisper tells staff what the caller was listening to").isEqualTo(node);
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "what", "painful"})
    void whenClosedZeroNeverRingsButSaysTheHoursAndOffersAMessage(String node) {
        Step.MessageOffer offer = offer(flow.next(at(node), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        assertThat(offer.tryAgain()).as("no point trying a closed desk again").isFalse();
        offer(flow.next(at(node), Input.said("front desk please", 0.9), call(CLOSED)), Lead.Kind.DESK_CLOSED);
    }

    /**
     * A word of the offer asked back is the offer not caught: it is said again, slower to follow, and nothing is
     * recorded. Before, "record a what?" and "¿dejar un qué?" started the recording ("a message" heard in them).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | record a what?
            en | sorry, you want me to leave the what
            es | ¿dejar un qué?
            es | perdón, ¿grabar una qué?
            """)
    void aWordOfTheOfferAskedBackHearsTheOfferAgain(String language, String words) {
        Call closed = call(CLOSED);
        Step.MessageOffer offer = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), closed),
                Lead.Kind.DESK_CLOSED);
        Step again = SHIPPED.atDesk(offer.state(), Input.said(words, 0.9), closed);
        assertThat(assertInstanceOf(Step.MessageOffer.class, again, words).state().misses()).isZero();
        assertThat(SHIPPED.atDesk(offer.state(), Input.said(language.equals("en") ? "yes, record a message" : "sí, un mensaje",
                0.9), closed)).isInstanceOf(Step.Voicemail.class);
    }

    @Test
    void threeMissesWhileClosedOfferAMessageInsteadOfAPerson() {
        Step step = flow.next(at("main").withMisses(2), Input.keys("6"), call(CLOSED));
        offer(step, Lead.Kind.DESK_CLOSED);
    }

    @ParameterizedTest(name = "DialCallStatus={0} DialBridged={1}")
    @CsvSource({"no-answer,''", "busy,''", "failed,''", "canceled,''", "'',''", "completed,false", "answered,false"})
    void whenNoOneTookTheCallTheCallerHearsAnApologyAndMayLeaveAMessageOrTryAgain(String status, String bridged) {
        Step.MessageOffer offer = offer(flow.afterFrontDesk(at("faq"), status, bridged, call(OPEN)),
                Lead.Kind.FRONT_DESK_MISSED);
        assertThat(offer.tryAgain()).isTrue();
        assertThat(offer.state().node()).isEqualTo("faq");
        assertThat(flow.atDesk(offer.state(), Input.keys("0"), call(OPEN))).isInstanceOf(Step.FrontDesk.class);
        assertThat(flow.atDesk(offer.state(), Input.keys("1"), call(OPEN))).isInstanceOf(Step.Voicemail.class);
        FlowTest.menu(flow.atDesk(offer.state(), Input.keys("9"), call(OPEN)), "main");
    }

    @ParameterizedTest(name = "DialCallStatus={0} DialBridged={1}")
    @CsvSource({"completed,true", "completed,''", "answered,true"})
    void aCallTheFrontDeskTookEndsWithGoodbye(String status, String bridged) {
        assertThat(flow.afterFrontDesk(at("main"), status, bridged, call(OPEN))).isInstanceOf(Step.Goodbye.class);
    }

    @Test
    void aMissedCallAfterClosingTimeOffersNoTryAgain() {
        assertThat(offer(flow.afterFrontDesk(at("main"), "no-answer", "", call(CLOSED)), Lead.Kind.FRONT_DESK_MISSED)
                .tryAgain()).isFalse();
    }

    @Test
    void atTheOfferZeroWhileClosedSaysTheHoursAgainAndStarRepeatsThem() {
        Step.MessageOffer closed = offer(flow.next(at("main"), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        offer(flow.atDesk(closed.state(), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        offer(flow.atDesk(closed.state(), Input.keys("*"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        Step.Voicemail voicemail = assertInstanceOf(Step.Voicemail.class, flow.atDesk(closed.state(), Input.said("I'd like to leave a message", 0.8), call(CLOSED)));
        assertThat(voicemail.caller().text()).isEqualTo(CALLER);
    }

    /** The offer's first choice is the message: yes records, no goes to the main menu; 2 is still no choice. */
    @Test
    void atTheOfferYesLeavesAMessageAndNoGoesToTheMainMenu() {
        Step.MessageOffer closed = offer(flow.next(at("main"), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        assertThat(flow.atDesk(closed.state(), Input.said("yes", 0.9), call(CLOSED))).isInstanceOf(Step.Voicemail.class);
        assertThat(flow.atDesk(closed.state().inLanguage("es"), Input.said("sí", 0.9), call(CLOSED)))
                .isInstanceOf(Step.Voicemail.class);
        FlowTest.menu(flow.atDesk(closed.state(), Input.said("no", 0.9), call(CLOSED)), "main");
        assertThat(offer(flow.atDesk(closed.state(), Input.keys("2"), call(CLOSED)), Lead.Kind.INVALID_KEY).lead().key())
                .isEqualTo("2");
    }

    /**
     * With the shipped words: "sure, go ahead" is a yes, though "go ahead" alone sounds like the next part; "not
     * right now", "I'd rather not", "maybe later", "never mind" are a no (they were not understood, a miss), and
     * "así está bien" ("it's fine as it is") too: its "está bien" started the recording. "Yup", "you bet", "vale",
     * "me gustaría" were asked again; "I'm okay, thanks" started the recording on its "okay", and "estoy bien" ("I'm
     * fine", a no thanks) was asked again; "I'm fine with that" is still a yes. The desk closed, a message is the
     * only way to it: "yeah, put me through" and "sí, quiero hablar con la recepcionista" heard the offer again.
     * "Ándele pues" (all right then) and "sí, ándele" changed the pace; "bueno, ya qué" (oh well) was asked again. "Forget it" was not understood, "sin mensaje, gracias"
     * ("no message") recorded, and "ay, no, sin mensaje" did after a sigh; "nop" and "déjelo" were asked again; "voy a
     * dejar mensaje sin falta" ("without fail") records. "Bueno, por qué no" ("well, why not") and "hágalo" ("do it") went
     * back to the menu.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | sure, go ahead  | true
            en | yes please      | true
            en | no thank you    | false
            es | sí, por favor   | true
            es | no, gracias     | false
            en | no, I'll leave a voicemail some other time | false
            en | I don't want to leave a message       | false
            en | I'm sure I don't want to leave a message | false
            es | no quiero dejar ningún mensaje        | false
            en | can I leave a message for my therapist | true
            en | not right now, thanks                 | false
            en | I'd rather not                        | false
            en | maybe later                           | false
            es | ahorita no                            | false
            es | todavía no, gracias                   | false
            es | así está bien                         | false
            en | never mind                            | false
            en | oh, forget it                         | false
            es | sin mensaje, gracias                  | false
            es | ay, no, sin mensaje                   | false
            es | nop                                   | false
            es | déjelo                                | false
            es | voy a dejar mensaje sin falta         | true
            en | yup                                   | true
            en | you bet                               | true
            en | yes I do                              | true
            en | I'm fine with that                    | true
            en | I'm okay, thanks                      | false
            en | oh I'm alright                        | false
            es | vale                                  | true
            es | sí, me gustaría                       | true
            es | claro que sí                          | true
            es | estoy bien, gracias                   | false
            en | yeah, put me through please          | true
            es | sí, quiero hablar con la recepcionista | true
            en | no, I'd rather talk to a real person   | false
            en | let's do it                            | true
            en | okay, works for me                     | true
            es | hagámoslo                              | true
            es | va pues                                | true
            es | ándele pues                            | true
            es | sip                                    | true
            es | ay no, no se preocupe, señorita        | false
            es | tal vez después, gracias               | false
            en | well, if you say so                    | true
            es | bueno, si usted lo dice                | true
            es | bueno, por qué no                      | true
            es | hágalo                                 | true
            es | órale, ándele                          | true
            es | ay, pues ya qué                        | true
            en | this is Peter Nash, born April 2nd 1950, yes please         | true
            es | habla Rosa Díaz, nacida el doce de enero del sesenta, sí    | true
            es | me llamo Julio Ramos, nacido el 3 de agosto del 58, no      | false
            """)
    void atTheOfferTheShippedWordsForYesAndNoAreUnderstood(String language, String words, boolean yes) {
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), call(CLOSED)),
                Lead.Kind.DESK_CLOSED);
        Step step = SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED));
        if (yes) {
            assertThat(step).as(words).isInstanceOf(Step.Voicemail.class);
        } else {
            FlowTest.menu(step, "main");
        }
    }

    /**
     * An answer put off to a time is the no ("a lo mejor más tarde" started the recording, its "más tarde" being when
     * to call back); "maybe" alone, or with a yes, is no answer and the offer is made again.
     */
    @Test
    void atTheOfferAnAnswerPutOffToATimeIsTheNo() {
        for (String language : List.of("en", "es")) {
            Step.MessageOffer closed = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), call(CLOSED)),
                    Lead.Kind.DESK_CLOSED);
            List<String> putOff = language.equals("en") ? List.of("perhaps next week, thanks", "maybe tomorrow")
                    : List.of("a lo mejor más tarde", "capaz el lunes, gracias");
            for (String words : putOff) {
                FlowTest.menu(SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED)), "main");
            }
            for (String words : language.equals("en") ? List.of("maybe") : List.of("tal vez", "a lo mejor sí")) {
                assertThat(SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED))).as(words)
                        .isInstanceOf(Step.MessageOffer.class);
            }
        }
    }

    /**
     * Among words not understood, a yes must come first: "so there's nobody I can talk to right now" started the
     * recording on its "right"; "um, sure, I'll leave one" and "yeah, tell them I called" still record.
     */
    @Test
    void atTheOfferAYesBuriedInWordsNotUnderstoodStartsNoRecording() {
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start("en"), Input.keys("0"), call(CLOSED)),
                Lead.Kind.DESK_CLOSED);
        assertThat(SHIPPED.atDesk(closed.state(), Input.said("so there's nobody I can talk to right now", 0.9), call(CLOSED)))
                .isNotInstanceOf(Step.Voicemail.class);
        for (String words : List.of("um, sure, I'll leave one", "yeah, tell them I called")) {
            assertThat(SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED))).as(words)
                    .isInstanceOf(Step.Voicemail.class);
        }
    }

    /** Where the desk is open again to try, a person asked for at the offer rings it, a yes with it or not. */
    @Test
    void atTheOfferOfAnOpenDeskAPersonAskedForRingsItAgain() {
        Step.MessageOffer missed = offer(SHIPPED.afterFrontDesk(CallState.start("en"), "no-answer", "", call(OPEN)),
                Lead.Kind.FRONT_DESK_MISSED);
        for (String words : List.of("yes, a person please", "can I talk to the receptionist")) {
            assertThat(SHIPPED.atDesk(missed.state(), Input.said(words, 0.9), call(OPEN))).as(words)
                    .isInstanceOf(Step.FrontDesk.class);
        }
    }

    /**
     * A recording is never started on words that refuse it; a caller who will call back hears goodbye, and "I'll
     * call back" alone never records (its "I'll" is filler, so it was "call me back"); one who asks to be called
     * back records.
     */
    @Test
    void wordsThatRefuseAMessageStartNoRecordingAnywhere() {
        Step atMenu = SHIPPED.next(CallState.start("en"), Input.said("I don't want to leave a message", 0.9), call(CLOSED));
        assertThat(atMenu).isNotInstanceOf(Step.Voicemail.class);
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start("en"), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        for (String words : List.of("okay, I'll call back later", "I'm going to call back tomorrow", "I'll call you back",
                "let me just call back later")) {
            assertThat(SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED))).as(words)
                    .isInstanceOf(Step.Goodbye.class);
        }
        assertThat(SHIPPED.atDesk(closed.state(), Input.said("I'll call back.", 0.9), call(CLOSED)))
                .isNotInstanceOf(Step.Voicemail.class);
        assertThat(SHIPPED.atDesk(closed.state(), Input.said("please call me back", 0.9), call(CLOSED)))
                .isInstanceOf(Step.Voicemail.class);
    }

    /** Asked whether to be put through, an okay and then calling again is the caller leaving, not the yes. */
    @ParameterizedTest
    @ValueSource(strings = {"okay, I'll call back later", "sure, we'll try again tomorrow", "bueno, le llamo mañana"})
    void anOkayThenCallingAgainAtTheDesksQuestionIsGoodbye(String words) {
        String language = words.startsWith("bueno") ? "es" : "en";
        Step step = SHIPPED.next(CallState.start(language).at("faq").asking(CallState.FRONT_DESK), Input.said(words, 0.9),
                call(OPEN));
        assertThat(step).as(words).isInstanceOf(Step.Goodbye.class);
    }

    /**
     * An answer that opens with a yes is the yes, whatever not it says after it about something else ("sí, no me
     * importa esperar" was a no); a no that ends it or stands alone between pauses takes it back.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | yes, I really don't mind holding on              | true
            en | sure, I don't know the price so that would help  | true
            es | sí, no me molesta esperar                        | true
            es | claro, no sé cuánto cuesta                       | true
            en | okay, not now                                    | false
            en | please, I don't want to                          | false
            es | sí, no.                                          | false
            es | bueno, no gracias                                | false
            en | okay, no no, maybe later                         | false
            es | sí, no no, mejor después                         | false
            es | creo que sí                                      | true
            es | desde luego                                      | true
            es | deja eso, mijo                                   | false
            """)
    void aYesFirstIsTheYesWhateverNotFollowsAboutSomethingElse(String language, String words, boolean putThrough) {
        assertThat(atTheDeskQuestion(language, words) instanceof Step.FrontDesk).as(words).isEqualTo(putThrough);
    }

    /**
     * A word for yes that is another word where it stands is no yes: "right" inside a sentence said to someone else
     * ("right now") or of a side ("my right hip"), "si" without its accent before a word ("if"). "Go on", "righto",
     * "ya", "estaría bien" and "venga" are the yes, "naw" and "no es necesario" the no. What would please the caller is
     * the yes ("that would be wonderful", "se lo agradecería", "I'd be very grateful", "no estaría mal"), though thanks
     * alone go back to the menu; a need denied
     * is the no, though an okay opens it ("all right, I don't need that today").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Tommy, off the couch right now     | false
            en | is it my right hip                 | false
            es | ¿y si mi esposo también quiere?    | false
            en | go on                              | true
            en | righto                             | true
            en | naw                                | false
            en | ya                                 | true
            es | sí, estaría bien                   | true
            es | venga                              | true
            es | no, no es necesario                | false
            en | oh that would be nice, thanks      | true
            es | se lo agradecería, señorita        | true
            en | all right, I don't need that today  | false
            en | oh, I'd be very grateful           | true
            es | pues no estaría mal                | true
            en | no, that would not be helpful      | false
            """)
    void aWordForYesThatIsAnotherWordWhereItStandsIsNoYes(String language, String words, boolean putThrough) {
        assertThat(atTheDeskQuestion(language, words) instanceof Step.FrontDesk).as(words).isEqualTo(putThrough);
    }

    /**
     * Asked whether to be put through, a no said first is the no, though what follows it has the desk's words (the
     * recording answered, someone else books, nobody answers anyway): those callers were put through. A yes with
     * the desk's words still is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no, my husband makes all the appointments, he'll call you    | false
            es | no, gracias, ya me contestaron todo en la grabación          | false
            es | no, yo saco la cita por la página de internet                | false
            en | yes, I need to make an appointment                           | true
            """)
    void aNoFirstWithTheDesksWordsIsNoCallPutThrough(String language, String words, boolean putThrough) {
        assertThat(atTheDeskQuestion(language, words) instanceof Step.FrontDesk).as(words).isEqualTo(putThrough);
    }

    /**
     * Asked whether to be put through, a yes said first and no question after it is the yes, though what the caller will
     * ask the desk has a topic's words ("yes please, I have questions about my herniated disc" read who it helps). A
     * question asked after the yes is answered.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | yes please, I have some questions about my herniated disc | true
            en | yeah, I want to ask if I need a referral to get started     | true
            es | sí, es que quiero preguntar cómo se empieza el tratamiento  | true
            en | yes, but what are your hours?                               | false
            """)
    void aYesFirstWithATopicsWordsPutsTheCallThrough(String language, String words, boolean putThrough) {
        assertThat(atTheDeskQuestion(language, words) instanceof Step.FrontDesk).as(words).isEqualTo(putThrough);
    }

    /**
     * Asked whether to be put through, a caller who asks what the front desk is, who they would talk to or what the
     * question means is told who the desk is and asked again, not put through; so is one who names the desk or a person
     * as a question. "What?" alone is the question again; a yes with the question is the yes; a question about
     * something else is that.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | um, who's the front desk?                  | true
            en | and who would I be speaking to there       | true
            en | sorry, what do you mean?                   | true
            en | is that somebody real?                     | true
            es | ¿y eso qué es?                             | true
            es | perdón, ¿con quién hablaría?               | true
            es | ¿la recepción es una persona?              | true
            en | a real person?                             | true
            en | a real person                              | false
            en | what?                                      | false
            en | yes please, who's the front desk           | false
            en | what's the front desk's number             | false
            es | sí, con la recepción                       | false
            """)
    void askedWhoTheFrontDeskIsTheLineSaysAndAsksAgain(String language, String words, boolean told) {
        Step step = atTheDeskQuestion(language, words);
        boolean toldWho = step instanceof Step.Confirm confirm && confirm.lead().kind() == Lead.Kind.WHO_THE_DESK_IS
                && confirm.state().ask().equals(CallState.FRONT_DESK);
        assertThat(toldWho).as(words + " -> " + step).isEqualTo(told);
        assertThat(step instanceof Step.FrontDesk).as(words).isEqualTo(!told && !words.equals("what?"));
    }

    /**
     * At the offer, which has just read the hours, a no first with words of the hours is the no ("no, I'll call back
     * when you're open" read the hours again); a question about them is answered.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no, I'll ring again on Monday morning   | false
            es | no, lo llamo el lunes                   | false
            en | no, when do you open on Monday?         | true
            es | no, ¿abren el sábado?                   | true
            """)
    void aNoAtTheOfferWithWordsOfTheHoursIsTheNoUnlessItAsks(String language, String words, boolean hours) {
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), call(CLOSED)),
                Lead.Kind.DESK_CLOSED);
        Step step = SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED));
        assertThat(step instanceof Step.Hours).as(words).isEqualTo(hours);
        assertThat(step).as(words).isNotInstanceOf(Step.Voicemail.class);
    }

    /**
     * At the offer, a yes first and then what the message is about is the message begun: "yes, it's about my dad's
     * appointment on Thursday" read the hours, "sí, es por lo de la orden del médico" how to get started, "yeah, tell 'em
     * to call me on my cell" asked for a text. A question after the yes is still answered.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | yes, it's about my dad's appointment on Thursday       | true
            es | sí, y que me manden la dirección por mensaje           | true
            es | sí, es por lo de la orden del médico                   | true
            en | yeah, my back is acting up and I need to come in soon  | true
            en | yes, what are your hours on Saturday?                  | false
            """)
    void aYesAtTheOfferThenWhatTheMessageIsAboutRecordsIt(String language, String words, boolean records) {
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), call(CLOSED)),
                Lead.Kind.DESK_CLOSED);
        assertThat(SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED)) instanceof Step.Voicemail)
                .as(words).isEqualTo(records);
    }

    /** Asked whether to hear what happens in a session, a "right" that is a side or a time is no yes to it. */
    @ParameterizedTest
    @ValueSource(strings = {"my right knee hurts", "Tommy, off the couch right now"})
    void aRightThatIsASideOrATimeIsNoYesToTheShortQuestion(String words) {
        Step step = SHIPPED.next(CallState.start("en").asking("session"), Input.said(words, 0.9), call(OPEN));
        assertThat(step instanceof Step.Answer answer && answer.state().node().equals("session")).as(words).isFalse();
    }

    /**
     * "No se moleste" at the offer is "don't bother", no question whether it hurts ("molesta"): no message, no answer.
     * Having no time is the no too: "sorry, I don't have time" was not understood, nor a blunt "ni de broma".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | no se moleste, señorita
            es | no, no se molesten
            en | sorry, I don't have time
            en | I don't have time, sorry
            es | uy, ni de broma
            """)
    void dontBotherOrNoTimeAtTheOfferIsTheNo(String language, String words) {
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), call(CLOSED)),
                Lead.Kind.DESK_CLOSED);
        Step step = SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED));
        assertThat(step).as(words).isInstanceOf(Step.Menu.class);
    }

    /**
     * A not about something else refuses no message: "como no contesta nadie, quiero dejar un mensaje" was heard as
     * refusing one; "no quiero dejar mensaje" and "no message, thanks" still start no recording.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | since nobody's there I'd like to leave a message     | true
            es | como no contesta nadie, le dejo un mensaje           | true
            es | no puedo esperar más, quiero dejar un mensaje        | true
            en | no message, thanks                                   | false
            es | no quiero dejar ningún mensaje                       | false
            """)
    void aNotAboutSomethingElseRefusesNoMessage(String language, String words, boolean records) {
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), call(CLOSED)),
                Lead.Kind.DESK_CLOSED);
        assertThat(SHIPPED.atDesk(closed.state(), Input.said(words, 0.9), call(CLOSED)) instanceof Step.Voicemail)
                .as(words).isEqualTo(records);
    }

    /**
     * Words that refuse a person never put the call through, at a menu or asked whether to: "please don't transfer
     * me", "no me comunique con nadie" and "don't put me through yet" rang the desk. Refusing a machine to ask for a
     * person, a no said as a reply before asking for one, or one that says what the line cannot do ("no me entiende"),
     * still reaches it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | please don't transfer me                             | false
            en | don't put me through yet                             | false
            es | no me comunique con nadie                            | false
            es | no me pase todavía                                   | false
            en | I don't want this robot, put me through to a person  | true
            en | no I'd rather talk to someone                        | true
            es | no, quiero hablar con alguien                        | true
            es | usted no me entiende quiero hablar con alguien        | true
            es | la máquina no funciona páseme con alguien            | true
            """)
    void wordsThatRefuseAPersonPutNoOneThrough(String language, String words, boolean putThrough) {
        for (CallState at : List.of(CallState.start(language), CallState.start(language).asking(CallState.FRONT_DESK))) {
            assertThat(SHIPPED.next(at, Input.said(words, 0.9), call(OPEN)) instanceof Step.FrontDesk).as(words + " " + at.ask())
                    .isEqualTo(putThrough);
        }
    }

    /**
     * What a caller cannot do or does not know is no refusal: "I can't make my appointment" and "no entiendo la
     * factura" were heard as refusing a person and not understood. At a menu the line offers the desk; asked whether
     * to be put through, with a yes, it puts the call through ("sí, no entiendo..." was a no).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I can't make my appointment on Thursday  | yes, I don't understand the bill they sent me
            en | I don't understand the bill they sent me | yes please, I can't figure out my bill
            es | no puedo llegar a mi cita                | sí, no entiendo la factura que me mandaron
            es | no entiendo la factura que me mandaron   | sí por favor, no puedo ir a la cita de mañana
            """)
    void whatACallerCannotDoOrDoesNotKnowIsNoRefusal(String language, String atTheMenu, String asked) {
        Step.Confirm offered = assertInstanceOf(Step.Confirm.class,
                SHIPPED.next(CallState.start(language), Input.said(atTheMenu, 0.9), call(OPEN)), atTheMenu);
        assertThat(offered.state().ask()).isEqualTo(CallState.FRONT_DESK);
        assertThat(atTheDeskQuestion(language, asked)).as(asked).isInstanceOf(Step.FrontDesk.class);
    }

    /**
     * A caller who cannot see well says so beside a yes: "no veo" is what they cannot do, no refusal, and the "nada"
     * that echoes it no refusal either (before, these went to the menu). A no before a pause is still the no, whatever
     * comes after it: "no, lo veo en la página".
     */
    @Test
    void notSeeingWellBesideAYesIsTheYes() {
        for (String said : List.of("sí, con una persona por favor, que yo no veo bien los botones",
                "con una persona por favor, que ya no veo bien los números", "sí mijo, es que yo ya casi no veo",
                "sí por favor, que yo no veo nada")) {
            assertThat(atTheDeskQuestion("es", said)).as(said).isInstanceOf(Step.FrontDesk.class);
        }
        Step offered = SHIPPED.next(CallState.start("es"), Input.keys("0"), call(CLOSED));
        assertThat(SHIPPED.atDesk(offered.state(), Input.said("no, lo veo yo misma en la página", 0.9), call(CLOSED)))
                .isInstanceOf(Step.Menu.class);
    }

    /**
     * Asked whether to be put through, a yes with what the desk answers is the yes ("yes, it's about a bill" asked
     * the same question again); that alone asks it again.
     */
    @Test
    void askedWhetherToBePutThroughAYesWithItsReasonPutsTheCallThrough() {
        for (String[] said : List.of(new String[] {"en", "yes, it's about a bill"}, new String[] {"es", "sí, es por una factura"})) {
            assertThat(atTheDeskQuestion(said[0], said[1])).as(said[1]).isInstanceOf(Step.FrontDesk.class);
        }
        Step.Confirm again = assertInstanceOf(Step.Confirm.class, atTheDeskQuestion("en", "how much is it"));
        assertThat(again.lead().kind()).isEqualTo(Lead.Kind.ASK_THE_DESK);
    }

    /**
     * Asked whether they want to hear a topic, a caller who answers neither yes nor no but perhaps wants the desk is
     * asked whether to be put through, as at a menu, though a please is in the words; before, "quiero una cita" went
     * to the menu and "atención al paciente, por favor" played the topic. A no first is still the no.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | um, my doctor told me to call you folks and schedule something, can i talk to whoever does the booking | true
            es | quiero una cita                                                                                        | true
            es | eh, atención al paciente por favor                                                                     | true
            en | excuse me, i'm visually impaired and this is hard for me, may i please speak with the receptionist     | true
            es | buenas, ¿habrá alguna persona que me pueda atender para programar mi primera sesión?                  | true
            es | no, tengo prisa                                                                                        | false
            """)
    void perhapsTheDeskAtTheShortQuestionAsksWhetherToPutTheCallerThrough(String language, String words, boolean asked) {
        Step step = SHIPPED.next(CallState.start(language).at("faq").asking("faq-start"), Input.said(words, 0.9), call(OPEN));
        if (asked) {
            assertThat(assertInstanceOf(Step.Confirm.class, step, words).state().ask()).isEqualTo(CallState.FRONT_DESK);
        } else {
            assertThat(assertInstanceOf(Step.Menu.class, step, words).state().node()).isEqualTo("faq");
        }
    }

    /** "No, I need to talk to a human", "I need to set up a visit, who do I talk to": asked about a topic, the desk rings. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | no, yo necesito hablar con un humano
            es | un humano por favor
            en | the doctor sent me again and i need to set up a visit, who do i talk to
            """)
    void aHumanAskedForAtTheShortQuestionRingsTheDesk(String language, String words) {
        Step step = SHIPPED.next(CallState.start(language).asking("session"), Input.said(words, 0.9), call(OPEN));
        assertThat(step).as(words).isInstanceOf(Step.FrontDesk.class);
    }

    @Test
    void silenceAtTheOfferEndsInTheRecordingNotAHangUp() {
        Step.MessageOffer closed = offer(flow.next(at("main"), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        Step first = flow.atDesk(closed.state(), Input.SILENCE, call(CLOSED));
        offer(first, Lead.Kind.SILENCE);
        Step second = flow.atDesk(first.state(), Input.keys("7"), call(CLOSED));
        assertThat(offer(second, Lead.Kind.INVALID_KEY).lead().key()).isEqualTo("7");
        assertThat(flow.atDesk(second.state(), Input.SILENCE, call(CLOSED))).isInstanceOf(Step.Voicemail.class);
    }

    /**
     * A question about the message at the offer ("will somebody call me back?", "¿un mensaje para quién?") hears when
     * the clinic calls back, then the offer again, without a miss: before, it started the recording. Asking to leave
     * one, or a yes first, still records.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | will somebody call me back?               | false
            en | a message to who                          | false
            en | hmm, when will they call me back?         | false
            es | ¿me van a llamar hoy?                      | false
            es | ¿un mensaje para quién?                    | false
            en | how does that work, leaving a message?    | false
            es | ¿cómo es eso de dejar un mensaje?          | false
            es | ¿sí me van a regresar la llamada mañana?   | false
            es | ¿y sí me llaman?                           | false
            en | and they'll call me back?                 | false
            en | can I leave a message?                    | true
            en | yes, will they call me today?             | true
            es | ¿puedo dejar un mensaje?                   | true
            es | sí, ¿me llaman hoy?                        | true
            """)
    void aQuestionAboutTheMessageHearsWhenTheClinicCallsBack(String language, String words, boolean records) {
        Call closed = call(CLOSED);
        Step.MessageOffer offer = offer(SHIPPED.next(CallState.start(language), Input.keys("0"), closed),
                Lead.Kind.DESK_CLOSED);
        Step step = SHIPPED.atDesk(offer.state(), Input.said(words, 0.9), closed);
        if (records) {
            assertThat(step).as(words).isInstanceOf(Step.Voicemail.class);
            return;
        }
        Step.MessageOffer told = offer(step, Lead.Kind.CALLBACK);
        assertThat(told.callback()).as(words)
                .isEqualTo(new OpeningHours.Callback(OpeningHours.Callback.When.TOMORROW, DayOfWeek.MONDAY));
        assertThat(told.state().misses()).as(words).isZero();
    }

    @Test
    void aSpokenMessageIsThankedWithWhenTheClinicWillCallBack() {
        Step.MessageTaken sunday = assertInstanceOf(Step.MessageTaken.class, flow.afterRecording(at("faq"), SPOKEN, call(CLOSED)));
        assertThat(sunday.callback()).isEqualTo(new OpeningHours.Callback(OpeningHours.Callback.When.TOMORROW, DayOfWeek.MONDAY));
        assertThat(sunday.state().node()).isEqualTo("faq");
        Step.MessageTaken wednesday = assertInstanceOf(Step.MessageTaken.class, flow.afterRecording(at("faq"), SPOKEN, call(OPEN)));
        assertThat(wednesday.callback().when()).isEqualTo(OpeningHours.Callback.When.TODAY);
    }

    @ParameterizedTest(name = "url={0} seconds={1} status={2}")
    @CsvSource({"'',0,''", "https://api.twilio.com/RE1,0,''", "https://api.twilio.com/RE1,1,''",
            "https://api.twilio.com/RE1,20,absent", "'',20,''"})
    void silenceIsNotAMessageAndTheCallerMayTryAgain(String url, int seconds, String status) {
        Step step = flow.afterRecording(at("main"), new Recording("RE1", url, seconds, status), call(CLOSED));
        Step.MessageOffer again = offer(step, Lead.Kind.RECORDING_EMPTY);
        assertThat(flow.atDesk(again.state(), Input.keys("1"), call(CLOSED))).isInstanceOf(Step.Voicemail.class);
    }

    @Test
    void aLineSilentThroughTheRecordingTooEndsWithAGoodbye() {
        Recording silence = new Recording("", "", 0, "");
        assertThat(flow.afterRecording(at("main").withMisses(Flow.MAX_MISSES), silence, call(CLOSED))).isInstanceOf(Step.Goodbye.class);
    }

    @Test
    void theWhisperWaitsForAKeyAndAKeyPutsTheCallerThrough() {
        Step.Whisper whisper = assertInstanceOf(Step.Whisper.class, flow.whisper(at("faq"), Input.SILENCE));
        assertThat(whisper.state().node()).isEqualTo("faq");
        assertThat(flow.whisper(at("faq"), Input.keys("5"))).isInstanceOf(Step.Connect.class);
    }

    @Test
    void aTextIsOfferedAfterAnAnswerOnlyWhenItCanBeSent() {
        Step.Answer offered = assertInstanceOf(Step.Answer.class, flow.next(at("faq"), Input.keys("1"), call(OPEN)));
        assertThat(offered.textOffer()).isTrue();
        Step.Answer noTexts = assertInstanceOf(Step.Answer.class, flow.next(at("faq"), Input.keys("1"), new Call(LINE, CALLER, OPEN, false)));
        assertThat(noTexts.textOffer()).isFalse();
        Step.Answer hidden = assertInstanceOf(Step.Answer.class, flow.next(at("faq"), Input.keys("1"), new Call(LINE, "anonymous", OPEN, true)));
        assertThat(hidden.textOffer()).isFalse();
        Step.Answer firstPart = assertInstanceOf(Step.Answer.class, flow.next(at("main"), Input.keys("1"), call(OPEN)));
        assertThat(firstPart.textOffer()).as("offered after the last part, with the other choices").isFalse();
    }

    @Test
    void sixSendsTheTextAndTheCallerHearsHowItWent() {
        Step.SendText send = assertInstanceOf(Step.SendText.class, flow.next(at("painful"), Input.keys("6"), call(OPEN)));
        assertThat(send.to().text()).isEqualTo(CALLER);
        assertThat(flow.next(at("painful"), Input.said("text me please", 0.9), call(OPEN))).isInstanceOf(Step.SendText.class);
        Step.Menu sent = FlowTest.menu(flow.afterText(send.state(), true), "faq");
        assertThat(sent.lead().kind()).isEqualTo(Lead.Kind.TEXT_SENT);
        Step.Menu failed = FlowTest.menu(flow.afterText(send.state(), false), "faq");
        assertThat(failed.lead().kind()).isEqualTo(Lead.Kind.TEXT_FAILED);
    }

    @Test
    void sixIsNotAChoiceWhenTextsCannotBeSentNorInMenus() {
        Step step = flow.next(at("painful"), Input.keys("6"), new Call(LINE, "anonymous", OPEN, true));
        assertThat(step).isInstanceOf(Step.Answer.class);
        Step inMenu = flow.next(at("faq"), Input.keys("6"), call(OPEN));
        assertThat(assertInstanceOf(Step.Menu.class, inMenu).lead().key()).isEqualTo("6");
    }

    /**
     * At the offer to leave a message, "slower" is the offer again slower, and a text asked for is sent, or where none
     * can be, the offer again with why the desk cannot answer: before, each was "I'm not sure I understood" and a miss.
     */
    @Test
    void atTheOfferThePaceAndATextAreWhatTheyAreElsewhere() {
        Step.MessageOffer closed = offer(SHIPPED.next(CallState.start("en").at("faq-painful"), Input.keys("0"),
                call(CLOSED)), Lead.Kind.DESK_CLOSED);
        Step.MessageOffer slower = offer(SHIPPED.atDesk(closed.state(), Input.said("slower please", 0.9), call(CLOSED)),
                Lead.Kind.SLOWER_NOW);
        assertThat(slower.state().slow()).isTrue();
        assertThat(slower.state().misses()).isZero();
        Step.MessageOffer normal = offer(SHIPPED.atDesk(slower.state(), Input.said("normal speed", 0.9), call(CLOSED)),
                Lead.Kind.NORMAL_PACE_NOW);
        assertThat(normal.state().slow()).isFalse();
        Step.SendText send = assertInstanceOf(Step.SendText.class,
                SHIPPED.atDesk(closed.state(), Input.said("can you text me the address", 0.9), call(CLOSED)));
        assertThat(send.to().text()).isEqualTo(CALLER);
        Step.MessageOffer noText = offer(SHIPPED.atDesk(closed.state(), Input.said("can you text me the address", 0.9),
                new Call(LINE, "anonymous", CLOSED, true)), Lead.Kind.DESK_CLOSED);
        assertThat(noText.state().misses()).isZero();
    }

    @Test
    void askingForATextInAMenuSendsIt() {
        Step.SendText send = assertInstanceOf(Step.SendText.class, flow.next(at("faq"), Input.said("text me please", 0.9), call(OPEN)));
        assertThat(FlowTest.menu(flow.afterText(send.state(), true), "faq").lead().kind()).isEqualTo(Lead.Kind.TEXT_SENT);
    }

    @Test
    void askingForATextWhereNoneCanBeSentIsTheFrontDesksToAnswerNotAMiss() {
        for (Step step : List.of(flow.next(at("faq"), Input.said("text me please", 0.9), new Call(LINE, CALLER, OPEN, false)),
                flow.next(at("painful"), Input.said("text me please", 0.9), new Call(LINE, "anonymous", OPEN, true)),
                flow.next(at("painful"), Input.said("text me please", 0.9), new Call(LINE, CALLER, OPEN, false)))) {
            Step.Confirm desk = assertInstanceOf(Step.Confirm.class, step);
            assertThat(desk.lead().kind()).isEqualTo(Lead.Kind.ASK_THE_DESK);
            assertThat(desk.state().ask()).isEqualTo(CallState.FRONT_DESK);
            assertThat(desk.state().misses()).isZero();
        }
    }

    @Test
    void sayingLeaveAMessageAnywhereGoesStraightToTheRecording() {
        assertThat(flow.next(at("what"), Input.said("voicemail", 0.9), call(OPEN))).isInstanceOf(Step.Voicemail.class);
    }
}
