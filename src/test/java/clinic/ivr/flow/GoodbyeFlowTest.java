package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Callers who are done ("okay thank you, bye", "gracias, hasta luego"), with the shipped prompts: the line says
 * goodbye and hangs up, from a menu, after an answer, at its one short question and at the offer to leave a
 * message; what only sounds like a farewell, or a thank-you before another question, never ends the call.
 */
class GoodbyeFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();

    static Call call() {
        return new Call("+16465550100", "+12125550147", TestLine.OPEN, false);
    }

    static Step say(CallState state, String words) {
        return FLOW.next(state, Input.said(words, 0.9), call());
    }

    /** Written apart from the example phrases, as callers say them: none of these is an example itself. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main        | okay thank you bye
            en | hours       | alright that's all for today goodbye
            en | faq-painful | great thanks bye bye
            en | who-it-helps | nope I'm all set thank you
            en | faq         | alright I'm all done bye now
            es | main        | bueno gracias hasta luego
            es | hours       | bueno muchísimas gracias, adiós
            es | faq-painful | ya no tengo más preguntas gracias
            es | session     | está bien, eso es todo, adiós
            es | faq         | chao gracias
            es | faq-start   | muy bien gracias hasta luego
            en | faq         | no that's all thank you
            en | main        | okay that will be all
            en | hours       | perfect, thank you so much, you have a nice day
            es | hours       | no, eso sería todo, gracias
            es | faq         | gracias, eso era todo, que tenga buen día
            en | session     | okay, that's everything I needed, thank you
            en | faq-start   | no thank you, that will be all for today
            es | hours       | bueno, eso sería todo por hoy, muchas gracias
            es | faq-painful | bueno, nada más, gracias
            es | session     | ok, ya es todo, gracias
            es | main        | no, nada más, muchas gracias
            en | hours       | that's all, thanks
            en | faq         | okay, that's it, thank you
            es | hours       | era eso nada más, muchas gracias
            en | hours       | okay, I'll call you back tomorrow then, bye
            es | hours       | okey, muchas gracias, bye
            es | faq         | ándale pues, gracias, bye
            es | main        | bueno, mejor le llamo mañana, adiós
            es | hours       | bueno, no, muchas gracias, nada más
            es | session     | no, gracias, nada más
            es | faq         | bueno, ya está, muchas gracias
            en | faq         | okay thanks, you have a good one
            en | hours       | no that's all, have a good one
            en | main        | alright, thank you, God bless
            es | faq         | bueno, muchas gracias, que le vaya bien
            es | hours       | gracias señorita, cuídese
            es | main        | muchísimas gracias, que le vaya muy bien
            en | faq-painful | okay, I'll let you go now
            en | hours       | alright, take care now
            en | faq         | okay thanks, talk to you soon
            en | main        | okay, good night
            en | hours       | thank you, be blessed
            es | faq-painful | bueno, que pase buen día
            es | faq         | bendiciones, hasta la próxima
            """)
    void aCallerWhoIsDoneHearsGoodbyeWhereverTheyAre(String language, String node, String words) {
        Step step = say(CallState.start(language).at(node), words);
        assertThat(step).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(step.state().language()).isEqualTo(language);
    }

    /** A farewell said alone is one though its words begin a question: before, "take care" asked about preventing pain. */
    @Test
    void aFarewellAloneIsGoodbyeThoughItsWordsBeginAQuestion() {
        assertThat(say(CallState.start("en").at("faq-painful"), "take care")).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start("en").at("faq-painful"), "so how do I take care of my back?").state().node())
                .isEqualTo("faq-prevent");
    }

    /**
     * Leaving words that also begin questions ("can I see you later today", "cuándo nos vemos", below) end the
     * call said alone: before, "okay, see you later" asked to wait and "nos vemos" was not understood.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | okay, see you later
            en | okay, have a good weekend
            en | well, I'll let you go
            es | bueno, hasta mañana
            es | bueno, nos vemos
            es | bueno señorita, que le vaya bonito
            """)
    void leavingWordsThatBeginQuestionsAreGoodbyeSaidAlone(String language, String words) {
        assertThat(say(CallState.start(language).at("faq-painful"), words)).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start(language), words)).as(words).isInstanceOf(Step.Goodbye.class);
    }

    /**
     * Farewells strung with thanks and okays end the call as one said alone does: before, "thank you so much, see
     * you later" asked whether to put the caller through, and "gracias, nos vemos" was not understood.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thank you so much, see you later
            en | perfect, thank you, I'll let you go
            en | oh I see, thanks, bye, enjoy your weekend
            es | muchas gracias, nos vemos
            es | perfecto, gracias, hasta mañana
            """)
    void farewellsAmongThanksAndOkaysAreGoodbye(String language, String words) {
        assertThat(say(CallState.start(language).at("faq-painful"), words)).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start(language), words)).as(words).isInstanceOf(Step.Goodbye.class);
    }

    /**
     * A wish with any word in it ("have a * day") and the words a farewell carries ("now", "then", "again") end the
     * call as the written farewells do: before, "thanks, have a lovely evening" asked about the hours, "okay, I'm
     * hanging up now" and "gonna hang up" were a wait, "que esté bien" was "what?" and "le cuelgo" asked about who
     * it helps; "enough, I'm hanging up now" was not understood.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thanks, have a lovely evening
            en | you've been very helpful, have a wonderful afternoon
            en | okay, I'm hanging up now
            en | thanks again, see you then
            en | you too, take it easy
            es | muy amable, que esté bien
            es | gracias, que tenga un lindo fin de semana
            es | igualmente, que pase buena tarde
            es | bueno, ya cuelgo ahora
            en | okay, gonna hang up now
            en | okay, I need to hang up now
            es | bueno, ya me tengo que ir
            es | le cuelgo, gracias
            en | enough, I'm hanging up now
            es | bueno, cuelgo
            en | okay, ciao
            en | no, nothing else, thank you
            en | okay, that's all, thanks
            en | no, that's it
            en | alright, that's all for me, thank you
            es | no, eso sería todo
            es | bueno, es todo, gracias, buenas tardes
            """)
    void wishesAndTheWordsAFarewellCarriesAreGoodbye(String language, String words) {
        assertThat(say(CallState.start(language).at("faq-painful"), words)).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start(language), words)).as(words).isInstanceOf(Step.Goodbye.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | have a good day, and when do you open on Monday
            en | can I have a session on Saturday
            en | are you open now
            en | then what happens
            es | que tenga un buen día y a qué hora abren mañana
            es | ahora
            en | don't hang up
            es | no me cuelgue
            en | thank you
            en | thanks
            en | great, thank you
            en | thanks, see you Thursday
            es | gracias, nos vemos el lunes
            en | I'd like to buy a gift card
            en | bye the way what are your hours
            en | I'm done with physical therapy will traction help
            es | gracias
            es | muchas gracias
            es | ya terminé la terapia me puede ayudar la tracción
            es | ay dios mío cómo me duele
            es | buen día
            es | ay dios mío
            es | un momento nada más
            es | muy bien
            es | está bien
            en | nothing else has helped my sciatica
            es | ya terminé de contestar el teléfono
            en | I waved bye to my granddaughter and my back went out
            en | we said goodbye to my old chiropractor
            en | okay bye sweetie see you Sunday at grandpa's
            es | adiós mijo nos vemos el domingo en casa de tu abuela
            en | slow it done a little
            en | no I was talking to my son he asked if we're going to the store later
            en | that will be fine
            en | is that all
            en | is that all it does
            es | es todo lo que quería saber del horario
            es | ¿y luego?
            es | y luego qué pasa en la sesión
            en | now
            en | what a nice day it is
            es | hace buen día hoy
            es | tengo buen día y mal día con la espalda
            en | is it open every day
            en | what now
            en | set
            en | I'm set on trying traction
            es | pronto
            en | is that everything
            en | what's everything I need to bring today
            es | qué horario tienen hoy
            en | how do I take care of my back
            en | can I see you later today
            es | están abiertos hasta mañana
            es | cuándo nos vemos
            en | see you on Thursday then
            en | can I come in later this week
            es | nos vemos el jueves a qué hora abren
            en | my knee hurt like nothing else after the fall
            en | I was just wondering about the pain, that's all
            es | mi hijo nada más quiere saber si duele, es todo
            en | I have one question, that's it, how long is a visit
            en | no thank you, that's all right
            """)
    void aThankYouOrAWordThatOnlySoundsLikeAFarewellNeverEndsTheCall(String language, String words) {
        assertThat(say(CallState.start(language), words)).as(words).isNotInstanceOf(Step.Goodbye.class);
    }

    /** The line cannot tell what came before; the farewell after it it can. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok i think that answers my question thank you bye
            en | alright that helps a lot thanks so much goodbye
            es | bueno eso me ayuda mucho gracias adiós
            es | ya entendí lo de la sesión, gracias, hasta luego
            """)
    void aFarewellAfterWordsTheLineDoesNotUnderstandIsGoodbye(String language, String words) {
        assertThat(say(CallState.start(language).at("faq"), words)).as(words).isInstanceOf(Step.Goodbye.class);
    }

    @Test
    void aQuestionUnderstoodSurelyIsAnsweredThoughAFarewellFollows() {
        assertThat(say(CallState.start("en"), "what time do you close today? okay, thanks, bye"))
                .isInstanceOf(Step.Hours.class);
    }

    /**
     * A request after the farewell's words is what the caller wants: "no, nada más quería saber…" is "no, I only
     * wanted to know…" (it hung up), a caller who remembers a question after "that's all" is answered, and one
     * who asks the line to wait after "bye" is waited for (it was not understood, a miss).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | no, nada más quería saber su horario | Hours
            es | no gracias, nada más quería preguntar si duele | Answer
            en | that's all, oh actually, what time do you close? | Hours
            en | I'm all set, just put me through to the front desk | FrontDesk
            en | okay bye, hold on please | Wait
            es | adiós, espéreme tantito | Wait
            """)
    void aRequestAfterAFarewellIsAnsweredNotHungUpOn(String language, String words, String step) {
        assertThat(say(CallState.start(language), words)).as(words).isInstanceOf(switch (step) {
            case "Hours" -> Step.Hours.class;
            case "Answer" -> Step.Answer.class;
            case "Wait" -> Step.Menu.class;
            default -> Step.FrontDesk.class;
        });
        if (step.equals("Wait")) {
            Step.Menu waiting = (Step.Menu) say(CallState.start(language), words);
            assertThat(waiting.lead().kind()).as(words).isEqualTo(Step.Lead.Kind.WAIT);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no thanks, goodbye
            en | that's all for now, bye
            es | no gracias, adiós
            es | nada más, hasta luego
            """)
    void askedWhetherToPutThemThroughOrToHearATopicAFarewellIsGoodbyeNotTheMenu(String language, String words) {
        for (String asked : List.of(CallState.FRONT_DESK, "session")) {
            CallState asking = CallState.start(language).at("faq").asking(asked);
            assertThat(say(asking, words)).as(asked + ": " + words).isInstanceOf(Step.Goodbye.class);
        }
    }

    @Test
    void atTheOfferToLeaveAMessageAFarewellIsGoodbyeNotTheRecording() {
        Call closed = new Call("+16465550100", "+12125550147", TestLine.CLOSED, false);
        Step.MessageOffer offer = (Step.MessageOffer) FLOW.next(CallState.start("en"), Input.keys("0"), closed);
        assertThat(FLOW.atDesk(offer.state(), Input.said("no that's okay thank you goodbye", 0.9), closed))
                .isInstanceOf(Step.Goodbye.class);
        Step.MessageOffer oferta = (Step.MessageOffer) FLOW.next(CallState.start("es"), Input.keys("0"), closed);
        assertThat(FLOW.atDesk(oferta.state(), Input.said("adiós gracias", 0.9), closed)).isInstanceOf(Step.Goodbye.class);
    }

    /** A caller who will call again says goodbye, not a message: "I'll call back tomorrow" started the recording. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | okay, I'll call again later then
            en | alright I'll call back tomorrow morning
            en | no worries, I'll try again tomorrow
            en | no, I'll call back
            en | no, I'll just call back tomorrow
            en | no thanks, we'll just try again tomorrow
            es | bueno, le llamo más tarde entonces
            es | ah bueno, mejor llamo mañana, gracias
            es | tranquila, después llamo
            es | no, mejor luego marco
            """)
    void atTheOfferToLeaveAMessageCallingAgainLaterIsGoodbye(String language, String words) {
        Call closed = new Call("+16465550100", "+12125550147", TestLine.CLOSED, false);
        Step.MessageOffer offer = (Step.MessageOffer) FLOW.next(CallState.start(language), Input.keys("0"), closed);
        assertThat(FLOW.atDesk(offer.state(), Input.said(words, 0.9), closed)).as(words).isInstanceOf(Step.Goodbye.class);
    }

    /**
     * A caller who says when they will call again is leaving, at a menu, after an answer and at the offer of a message:
     * before, "I'll call on Friday" read the hours and "I'll call in the afternoon" was asked about who it helps; once
     * free, "I'll try again when I'm home from work" was not understood and "vuelvo a marcar cuando llegue a casa" went
     * to what happens in a session. Asked whether they may call then, they are answered.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I'll call on Friday
            en | okay, I'm going to call back next week
            en | I'll call in the afternoon
            es | la llamo el viernes
            es | bueno, vuelvo a marcar en la tarde
            en | no, forget it, I'll ring back next week
            es | no, olvídelo, le vuelvo a marcar la próxima semana
            es | bueno, llamo mañana temprano
            en | okay, we'll call back on Monday
            es | mejor la llamo el martes
            es | entonces volvemos a llamar mañana
            en | I'll try again when I'm home from work
            en | alright, I'll call you back once I have a chance
            es | vuelvo a marcar cuando llegue a casa
            es | vuelvo a llamar cuando tenga un tiempito
            """)
    void callingAgainAtATimeIsGoodbye(String language, String words) {
        assertThat(say(CallState.start(language), words)).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start(language).at("faq-painful"), words)).as(words).isInstanceOf(Step.Goodbye.class);
        Call closed = new Call("+16465550100", "+12125550147", TestLine.CLOSED, false);
        Step.MessageOffer offer = (Step.MessageOffer) FLOW.next(CallState.start(language), Input.keys("0"), closed);
        assertThat(FLOW.atDesk(offer.state(), Input.said(words, 0.9), closed)).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start(language), language.equals("en") ? "can I call on Friday" : "¿puedo llamar el viernes?"))
                .as("asked").isNotInstanceOf(Step.Goodbye.class);
    }

    /**
     * The season's wishes go with a farewell as "have a good day" does, and a caller who will call after the holidays
     * or in a month is leaving: before, "gotta run, happy holidays" asked whether they wanted the hours and "I'll call
     * back after New Year's, bye" read them. Asked about the holidays, the line still answers with the hours.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | gotta go, merry Christmas
            en | okay bye bye, happy new year
            en | I'll call back after the holidays
            en | never mind, we'll call back in January. bye
            es | me tengo que ir, feliz navidad
            es | bueno, adiós, felices fiestas
            es | no importa, vuelvo a llamar después de año nuevo
            es | le marco en enero, adiós
            """)
    void theSeasonsWishesAndCallingAgainAfterTheHolidaysAreGoodbye(String language, String words) {
        assertThat(say(CallState.start(language), words)).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start(language).at("faq-painful"), words)).as(words).isInstanceOf(Step.Goodbye.class);
        String asked = language.equals("en") ? "are you open the day after Christmas?" : "¿abren el día después de Navidad?";
        assertThat(say(CallState.start(language), asked).state().node()).as(asked).isEqualTo("hours");
    }

    /**
     * A farewell said last, after a pause and with no question asked, is goodbye though the words before it sound like
     * a topic: they say why the caller goes ("my back is killing me, I have to lie down, goodbye" read what a session is). A closing ("that's all", "es
     * todo") said last closes the question before it instead.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my back is killing me, I have to lie down, goodbye
            en | my doctor's office already booked it for me, thanks, goodbye
            es | me duele mucho la espalda, me voy a acostar, chao
            es | ya llegó el camión, adiós
            """)
    void aFarewellSaidLastAfterWhyTheCallerGoesIsGoodbye(String language, String words) {
        assertThat(say(CallState.start(language), words)).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(say(CallState.start(language).at("faq-painful"), words)).as(words).isInstanceOf(Step.Goodbye.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | does the stretching hurt, that's all I'm asking | faq-painful
            en | what time do you open tomorrow? thanks, bye | hours
            es | ¿cuánto dura una sesión?, es todo | session
            """)
    void aClosingSaidLastOrAQuestionAskedKeepsWhatWasAsked(String language, String words, String node) {
        assertThat(say(CallState.start(language), words).state().node()).as(words).isEqualTo(node);
    }

    /**
     * A farewell said alone in the other language is goodbye, in it: "no, es todo" at the English line went to the
     * Spanish menu once "es todo" was a farewell only said alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no, es todo, gracias
            es | okay, that's all, thank you
            """)
    void aFarewellSaidAloneInTheOtherLanguageIsGoodbye(String language, String words) {
        Step step = say(CallState.start(language).at("faq-painful"), words);
        assertThat(step).as(words).isInstanceOf(Step.Goodbye.class);
        assertThat(step.state().language()).as(words).isNotEqualTo(language);
    }

    /** "¿Eso es todo?" asks whether there is more: the answer goes on, or its choices are said, and the call stays. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | that's it?
            en | that's all?
            es | ¿eso es todo?
            es | eso es todo?
            """)
    void aFarewellAskedAsAQuestionEndsNothing(String language, String words) {
        Step.Menu menu = assertInstanceOf(Step.Menu.class, say(CallState.start(language).at("faq"), words), words);
        assertThat(menu.lead().kind()).isEqualTo(Step.Lead.Kind.ACKNOWLEDGED);
        assertThat(say(CallState.start(language).at("faq"), words.replace("?", "").replace("¿", "")))
                .as("said, not asked, it is the goodbye").isInstanceOf(Step.Goodbye.class);
    }

    @Test
    void theHeardPhrasesAboveAreNotExamplesThemselves() {
        for (String language : List.of("en", "es")) {
            List<String> examples = SHIPPED.wording(language).words(FixedEntry.GOODBYE_WORDS).stream()
                    .map(Vocabulary::normalize).toList();
            assertThat(examples).doesNotContain("okay thank you bye", "great thanks bye bye", "no thanks goodbye",
                    "bueno gracias hasta luego", "bueno muchisimas gracias adios", "chao gracias", "no gracias adios",
                    "no thats all thank you", "okay that will be all", "no eso seria todo gracias");
        }
    }
}
