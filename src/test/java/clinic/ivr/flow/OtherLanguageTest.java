package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.Twiml;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.twiml.TwimlRenderer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caller who speaks the line's other language is answered in it. A menu, a topic, the front desk or a message
 * surely asked for in it is where the call goes, in that language, the emergency notice first; a doubtful request
 * is asked about in it; anything else (a greeting, a yes where nothing was asked, "I don't understand") starts the
 * call over in it, as the language key does: "sí" said alone at the English line was not understood. The caller's own
 * language, a stray word of the other, or saying they do not speak the other, is never taken for it.
 */
class OtherLanguageTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    /** A Wednesday morning: the front desk is open. */
    static final Call CALL = new Call("+12125550147", "+16465550100", Instant.parse("2026-03-04T15:00:00Z"), false);
    /** A Sunday: the front desk is closed. */
    static final Call SUNDAY = new Call("+12125550147", "+16465550100", Instant.parse("2026-03-08T15:00:00Z"), false);

    static Heard hear(String language, String node, String words) {
        return SHIPPED.flow().hear(CallState.start(language).at(node), Input.said(words, 0.9));
    }

    static Step say(String language, String node, String words) {
        return SHIPPED.flow().next(CallState.start(language).at(node), Input.said(words, 0.9), CALL);
    }

    /** What the words do at "Do you want to hear what happens in a session?". */
    static Step atTheShortQuestion(String language, String words) {
        return SHIPPED.flow().next(CallState.start(language).asking("session"), Input.said(words, 0.9), CALL);
    }

    /** What the words do at the offer of a message. */
    static Step atTheOffer(String language, String words) {
        return SHIPPED.flow().atDesk(CallState.start(language), Input.said(words, 0.9), CALL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main       | hola buenos días
            en | main       | sí
            en | what-it-is | sí, por favor
            en | what-it-is | no entiendo nada de lo que dice
            en | main       | otra vez, please
            en | hours      | más despacio, please
            es | main       | I don't speak Spanish
            """)
    void theOtherLanguagesWordsThatAskNothingSurelyStartTheCallInItEmergencyNoticeFirst(String language, String node,
                                                                                         String words) {
        String other = language.equals("en") ? "es" : "en";
        assertThat(hear(language, node, words)).as(language + " " + node + ": " + words)
                .isEqualTo(new Heard(Heard.Kind.LANGUAGE, other));
        Step.Menu welcome = assertInstanceOf(Step.Menu.class, say(language, node, words));
        assertThat(welcome.state().language()).isEqualTo(other);
        assertThat(welcome.lead().kind()).isEqualTo(Step.Lead.Kind.WELCOME);
    }

    /**
     * Before, "¿cuánto tiempo dura cada sesión?" at the English line read the whole Spanish welcome and main menu,
     * and the caller had to ask again; now the answer, in Spanish, after the emergency notice.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main       | cuánto tiempo dura cada sesión   | session
            en | faq        | oiga, ¿y cuál es su horario?     | hours
            en | what-it-is | preguntas frecuentes, por favor  | faq
            es | faq        | how long does the first visit take | session
            en | main       | el horario, please               | hours
            """)
    void whatIsAskedInTheOtherLanguageIsAnsweredInItEmergencyNoticeFirst(String language, String node, String words,
                                                                        String asked) {
        String other = language.equals("en") ? "es" : "en";
        Step step = say(language, node, words);
        assertThat(step.state().language()).as(words).isEqualTo(other);
        assertThat(step.state().node()).as(words).isEqualTo(asked);
        assertThat(step.lead().kind()).as(words).isEqualTo(Step.Lead.Kind.OTHER_LANGUAGE);
    }

    /**
     * A doubtful request, or what only the front desk can answer, is asked about in the other language: one short
     * question, the emergency notice first where the line has nothing else to say before it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | quisiera saber qué ropa me pongo | session    | OTHER_LANGUAGE
            en | main | buenas tardes necesito una cita para mi mamá | front-desk | OTHER_LANGUAGE
            en | main | ¿eso lo cubre el seguro?         | front-desk | ASK_THE_DESK
            en | faq  | ¿dónde están ustedes?            | front-desk | DIRECTIONS
            """)
    void aDoubtOrWhatOnlyTheDeskCanAnswerInTheOtherLanguageIsAskedAboutInIt(String language, String node, String words,
                                                                           String asked, Step.Lead.Kind lead) {
        Step.Confirm question = assertInstanceOf(Step.Confirm.class, say(language, node, words), words);
        assertThat(question.state().language()).isEqualTo(language.equals("en") ? "es" : "en");
        assertThat(question.state().ask()).isEqualTo(asked);
        assertThat(question.lead().kind()).isEqualTo(lead);
    }

    /** At the short question of the English line, "sí, quiero saber qué pasa en una sesión" is that answer, in Spanish. */
    @Test
    void atTheShortQuestionWhatIsAskedInTheOtherLanguageIsAnsweredInIt() {
        Step step = atTheShortQuestion("en", "sí, quiero saber qué pasa en una sesión");
        assertThat(step.state().language()).isEqualTo("es");
        assertThat(step.state().node()).isEqualTo("session");
        assertThat(step.lead().kind()).isEqualTo(Step.Lead.Kind.OTHER_LANGUAGE);
    }

    /**
     * A yes or a no in the other language, in its little words: "sí" to the English line's short question was not
     * understood, "sí, por favor" started the call over in Spanish. Now the question's answer, in that language.
     * "Claro que sí" too: its "que" is part of the yes, not a word left over.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | sí            | es
            en | sí, por favor | es
            en | claro que sí  | es
            es | yes please    | en
            es | sure          | en
            """)
    void aYesInTheOtherLanguageAtTheShortQuestionIsThatYesInIt(String language, String words, String other) {
        Step step = atTheShortQuestion(language, words);
        assertThat(step).as(words).isInstanceOf(Step.Answer.class);
        assertThat(step.state().node()).isEqualTo("session");
        assertThat(step.state().language()).isEqualTo(other);
        assertThat(step.lead().kind()).isEqualTo(Step.Lead.Kind.OTHER_LANGUAGE);
    }

    /**
     * Callers who speak both languages say an okay or a yes in both at once: "perfect, bueno" after an answer was not
     * understood at the English line, "sí, yes" at its offer did not record. Each is the call's own, and the call goes
     * on in its language (thanks beside an okay were already); the other's words alone still tell the caller speaks it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | faq-painful | perfect, bueno                | ACKNOWLEDGED
            en | session     | okay gracias                  | THANKS
            es | faq-painful | bueno, está bien, perfect     | ACKNOWLEDGED
            es | hours       | muchas gracias, thank you     | THANKS
            """)
    void anOkayInBothLanguagesAtOnceIsAnOkayInTheCallsOwn(String language, String node, String words, Heard.Kind kind) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(Heard.of(kind));
        assertThat(say(language, node, words).state().language()).as(words).isEqualTo(language);
        assertThat(hear("en", node, "bueno")).as("the other's okay alone").isEqualTo(new Heard(Heard.Kind.LANGUAGE, "es"));
        Step.Voicemail voicemail = assertInstanceOf(Step.Voicemail.class, atTheOffer("en", "sí, yes"));
        assertThat(voicemail.state().language()).isEqualTo("en");
    }

    /** At the offer of a message, a yes in the other language records in it, a no goes to its main menu. */
    @Test
    void aYesOrANoInTheOtherLanguageAtTheOfferIsThatAnswerInIt() {
        for (String yes : List.of("sí", "sí, por favor")) {
            Step.Voicemail voicemail = assertInstanceOf(Step.Voicemail.class, atTheOffer("en", yes), yes);
            assertThat(voicemail.state().language()).isEqualTo("es");
            assertThat(voicemail.noticeFirst()).as("the emergency notice in Spanish before the tone").isTrue();
        }
        Step.Menu menu = assertInstanceOf(Step.Menu.class, atTheOffer("es", "nope, thanks"));
        assertThat(menu.state().language()).isEqualTo("en");
        assertThat(menu.state().node()).isEqualTo("main");
        assertThat(atTheOffer("en", "hola, buenos días")).as("a greeting is no yes").isNotInstanceOf(Step.Voicemail.class);
    }

    /**
     * A person asked for in the other language, or in the line's language for the other one named ("que me atiendan en
     * inglés" rang the desk in Spanish): rung, in the other language.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | quiero hablar con alguien por favor
            es | main | can I talk to someone please
            es | main | quisiera que me atienda alguien en inglés
            en | main | could somebody help me in Spanish
            """)
    void thePersonAskedForInTheOtherLanguageIsRungInIt(String language, String node, String words) {
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, say(language, node, words), words);
        assertThat(desk.state().language()).isEqualTo(language.equals("en") ? "es" : "en");
        assertThat(desk.lead().kind()).isEqualTo(Step.Lead.Kind.OTHER_LANGUAGE);
    }

    /**
     * At a menu, a message asked for in the other language is refused only by the words that refuse it, as in the
     * call's own: "como nadie contesta..." was refused on its "no".
     */
    @Test
    void aMessageAskedForInTheOtherLanguageAtAMenuIsRefusedOnlyInSoManyWords() {
        assertThat(hear("en", "main", "como nadie contesta, voy a dejar un mensaje"))
                .isEqualTo(new Heard(Heard.Kind.MESSAGE, "", "es"));
        assertThat(hear("en", "main", "no quiero dejar ningún mensaje").kind()).isNotEqualTo(Heard.Kind.MESSAGE);
        assertThat(hear("es", "main", "I do not want to leave any message").kind()).isNotEqualTo(Heard.Kind.MESSAGE);
    }

    /**
     * At the offer of a message, "sí, quiero dejar un mensaje" at the English line started the call over in Spanish;
     * now the recording, in Spanish. Refusing a message in the other language never starts one.
     */
    @Test
    void aMessageAskedForInTheOtherLanguageIsTakenInIt() {
        Step.Voicemail voicemail = assertInstanceOf(Step.Voicemail.class, atTheOffer("en", "sí, quiero dejar un mensaje"));
        assertThat(voicemail.state().language()).isEqualTo("es");
        for (String refused : List.of("no quiero dejar un mensaje", "no, no voy a dejar ningún mensaje")) {
            assertThat(atTheOffer("en", refused)).as(refused).isNotInstanceOf(Step.Voicemail.class);
        }
    }

    /**
     * The emergency notice in the caller's language comes first wherever the call goes on in it, also where the desk
     * cannot answer or a message is asked for: "quiero hablar con alguien" at the English line on a Sunday, or "sí,
     * quiero dejar un mensaje" at its offer, went straight to the closed desk or the recording, and a caller who
     * speaks only Spanish never heard the notice in Spanish.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | quiero hablar con alguien por favor | Si tiene una emergencia médica      | Nuestra recepción está cerrada
            es | can I talk to someone please        | If this is a medical emergency      | Our front desk is closed
            en | quiero dejar un mensaje             | Si tiene una emergencia médica      | Después del tono
            en | ¿cuánto cuesta una sesión?          | Si tiene una emergencia médica      | La recepción le puede contestar
            """)
    void theNoticeInTheOtherLanguageComesFirstWhereTheDeskIsClosedOrAMessageIsAskedFor(String language, String words,
                                                                                      String notice, String then)
            throws Exception {
        String heard = spoken(SHIPPED.flow().next(CallState.start(language), Input.said(words, 0.9), SUNDAY));
        assertThat(heard).as(words).startsWith(notice).contains(then);
        assertThat(heard.indexOf(then)).as(words).isGreaterThan(heard.indexOf(notice));
    }

    /** In the caller's own language the welcome said the notice: the closed desk and the recording do not again. */
    @Test
    void inTheCallersOwnLanguageTheNoticeIsNotSaidAgain() throws Exception {
        assertThat(spoken(SHIPPED.flow().next(CallState.start("es"), Input.said("quiero hablar con alguien", 0.9), SUNDAY)))
                .startsWith("Nuestra recepción está cerrada");
        assertThat(spoken(SHIPPED.flow().next(CallState.start("en"), Input.said("I'd like to leave a message", 0.9), SUNDAY)))
                .startsWith("After the tone");
    }

    /** What the caller hears of the step, as Twilio reads it. */
    private static String spoken(Step step) throws Exception {
        return Twiml.parse(TwimlRenderer.render(SHIPPED, step)).spoken();
    }

    /** Before, a farewell in the other language switched to it and read its menu, to a caller who was done. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | main       | okay that's everything I needed, bye
            es | faq        | thank you so much, have a good day
            en | what-it-is | muchas gracias, hasta luego
            en | main       | bueno, eso es todo, adiós
            """)
    void aFarewellInTheOtherLanguageIsSaidGoodbyeInIt(String language, String node, String words) {
        String other = language.equals("en") ? "es" : "en";
        Step.Goodbye goodbye = assertInstanceOf(Step.Goodbye.class, say(language, node, words), words);
        assertThat(goodbye.state().language()).isEqualTo(other);
    }

    /** Someone on the call does not speak the line's language: the other one, as key 8 would give. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | my mother doesn't speak English
            en | faq  | no English
            es | main | mi hijo no habla español
            """)
    void sayingOneDoesNotSpeakTheLinesLanguageSwitchesToTheOther(String language, String node, String words) {
        String other = language.equals("en") ? "es" : "en";
        assertThat(hear(language, node, words)).as(words).isEqualTo(new Heard(Heard.Kind.LANGUAGE, other));
    }

    @Test
    void sayingOneDoesNotSpeakTheOtherLanguageKeepsTheOneHeard() {
        assertThat(hear("es", "main", "no hablo inglés")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "en"));
        assertThat(hear("es", "faq", "no entiendo el inglés")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "en"));
        assertThat(hear("en", "main", "I don't speak Spanish")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "es"));
        assertThat(hear("en", "faq", "I can't understand Spanish")).isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, "es"));
        // what else they ask is what they ask for
        assertThat(hear("es", "main", "no hablo inglés, páseme con la recepción")).isEqualTo(Heard.of(Heard.Kind.FRONT_DESK));
        assertThat(hear("es", "main", "no hablo inglés, comuníqueme con la recepción"))
                .isIn(Heard.of(Heard.Kind.FRONT_DESK), Heard.of(Heard.Kind.MAYBE));
        assertThat(hear("en", "main", "I don't speak Spanish, what are your hours")).isEqualTo(Heard.go("hours"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | purple monkey dishwasher
            en | main | hold on I was talking to my son
            en | main | is the clinica open on saturday
            en | faq  | my abuela told me to call you
            es | main | el horario del weekend
            es | main | perdón estaba hablando con mi hijo
            es | main | okay
            """)
    void theCallersOwnLanguageOrAStrayWordOfTheOtherIsNot(String language, String node, String words) {
        assertThat(hear(language, node, words)).as(language + " " + node + ": " + words)
                .isNotEqualTo(new Heard(Heard.Kind.LANGUAGE, language.equals("en") ? "es" : "en"));
    }

    /**
     * The other language spoken to someone in the room, one of its asides in more words, is no request for it: the line
     * waits for the caller ("mijo bájale a la tele" at the English line switched the call to Spanish).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | main | mija apaga la tele por favor
            en | faq  | espérate amor que estoy al teléfono
            """)
    void theOtherLanguageSaidToTheRoomIsAWaitNotAChangeOfLanguage(String language, String node, String words) {
        assertThat(hear(language, node, words)).as(words).isEqualTo(Heard.of(Heard.Kind.WAIT));
    }
}
