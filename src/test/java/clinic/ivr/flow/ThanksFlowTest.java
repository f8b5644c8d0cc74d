package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.flow.Step.Lead;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.Prompts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Callers who thank the line ("oh, thank you so much", "muchas gracias") or only say "okay", with the shipped
 * prompts: "You're welcome" (or nothing) and the choices, never "I'm not sure I understood" nor a miss; a
 * question said with the thanks is answered.
 */
class ThanksFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();

    static Step say(CallState state, String words) {
        return FLOW.next(state, Input.said(words, 0.9), new Call("+16465550100", "+12125550147", TestLine.OPEN, false));
    }

    static CallState endOf(String language, String topic) {
        return CallState.start(language).at(topic).atPart(SHIPPED.wording(language).parts(EntryName.passage(topic)).size());
    }

    /** Written apart from the example phrases, as callers say them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | oh okay, thank you so much
            en | thanks
            en | great, thank you!
            en | well that's very helpful
            en | thanks so much for that
            en | oh, no thank you
            es | no, gracias
            es | muchas gracias
            es | ah, bueno, gracias señorita
            es | muy amable
            en | oh, bless your heart
            en | well that's very kind, thank you for explaining all this
            es | Dios se lo pague, señorita
            es | gracias, me ayuda mucho
            en | wonderful, thanks a lot for explaining it
            en | perfect, thank you for your time
            es | qué bien, muchas gracias por la explicación
            es | gracias por todo
            en | thanks hon
            en | thanks young lady
            en | thank you, young man
            en | thank you so much, ouch
            en | oof, okay, thank you
            es | auch, gracias
            en | gosh, thank you darling
            es | gracias, cariño
            es | caramba, muchas gracias mi reina
            en | oh, merci
            es | obrigada
            es | me sirvió mucho, gracias
            """)
    void aThankYouAfterAnAnswerIsWelcomedWithTheChoicesAndNoMiss(String language, String words) {
        CallState twoMisses = endOf(language, "faq-painful").withMisses(2);
        Step.Answer step = assertInstanceOf(Step.Answer.class, say(twoMisses, words), words);
        assertThat(step.lead().kind()).isEqualTo(Lead.Kind.THANKS);
        assertThat(step.state().node()).isEqualTo("faq-painful");
        assertThat(step.state().misses()).as("thanking is no miss, and clears those before").isZero();
    }

    /** A thank-you alone in the line's other language ("gracias" at the English line) is thanks, and no miss. */
    @Test
    void aThankYouInTheOtherLanguageIsThanksToo() {
        Step.Answer step = assertInstanceOf(Step.Answer.class, say(endOf("en", "faq-painful"), "gracias"));
        assertThat(step.lead().kind()).isEqualTo(Lead.Kind.THANKS);
        assertThat(step.state().language()).isEqualTo("en");
    }

    @Test
    void aThankYouAtAMenuIsWelcomedWithItsChoices() {
        Step.Menu menu = assertInstanceOf(Step.Menu.class, say(CallState.start("en").at("faq"), "thank you"));
        assertThat(menu.lead().kind()).isEqualTo(Lead.Kind.THANKS);
        assertThat(menu.state().node()).isEqualTo("faq");
    }

    @Test
    void aThankYouBetweenThePartsOfAnAnswerGoesOnToTheNextPart() {
        String topic = SHIPPED.tree().topics().stream()
                .filter(t -> SHIPPED.wording("en").parts(EntryName.passage(t)).size() > 1).findFirst().orElseThrow();
        Step.Answer next = assertInstanceOf(Step.Answer.class, say(CallState.start("en").at(topic).atPart(1), "thank you"));
        assertThat(next.state().part()).isEqualTo(2);
        assertThat(next.lead().kind()).isEqualTo(Lead.Kind.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thanks, what are your hours?         | hours
            en | thank you, and does it hurt?         | faq-painful
            es | gracias, ¿y cuántas sesiones necesito? | faq-results
            en | oh I see, and what are your hours?   | hours
            es | ya veo, ¿y duele?                    | faq-painful
            """)
    void aQuestionSaidWithTheThanksIsAnswered(String language, String words, String node) {
        Step step = say(endOf(language, "what-it-is"), words);
        assertThat(step.state().node()).as(words).isEqualTo(node);
        assertThat(step).isInstanceOfAny(Step.Answer.class, Step.Hours.class);
    }

    /**
     * A thank-you said first and then what the caller thinks of what they heard, with no question, is the thank-you:
     * the answer goes on. Before, "thanks so much, that explains a lot" was asked whether they wanted to hear whether it
     * hurts. A thank-you and then more asked ("thank you. and how do I keep it from coming back") is no thank-you alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thank you, that makes me feel a lot better about going
            en | thanks a lot, I had no idea it was that gentle
            es | muchas gracias, ahora entiendo mucho mejor
            es | gracias, me quedo mucho más tranquila
            en | thank you that puts my mind at ease
            es | gracias eso me quita un peso de encima
            """)
    void aThankYouThenACommentIsTheThankYou(String language, String words) {
        assertThat(FLOW.hear(CallState.start(language).at("session").atPart(1), Input.said(words, 0.9)).kind()).as(words)
                .isEqualTo(Heard.Kind.THANKS);
        for (String more : language.equals("en")
                ? List.of("thank you. and how do I keep the pain from coming back", "thanks I also need to change my appointment")
                : List.of("gracias. y cómo hago para que no me vuelva a doler", "gracias y también quiero cambiar mi cita")) {
            assertThat(FLOW.hear(CallState.start(language).at("session").atPart(1), Input.said(more, 0.9)).kind()).as(more)
                    .isNotEqualTo(Heard.Kind.THANKS);
        }
    }

    /**
     * Words that only may ask about the answer just heard ("so it doesn't really hurt, okay") are taken in: the
     * choices in short, no miss. Before, the caller was asked whether they wanted to hear whether it hurts. Said at
     * a menu, the same words are asked about.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | so it doesn't really hurt, okay
            en | a mild stretch, okay
            es | ah, o sea que no duele
            es | un estiramiento suave, ok
            """)
    void wordsThatMayOnlyEchoTheAnswerJustHeardCarryOn(String language, String words) {
        Step.Answer answer = assertInstanceOf(Step.Answer.class, say(endOf(language, "faq-painful").withMisses(2), words), words);
        assertThat(answer.lead().kind()).isEqualTo(Lead.Kind.ACKNOWLEDGED);
        assertThat(answer.state().misses()).isZero();
        Step.Confirm asked = assertInstanceOf(Step.Confirm.class, say(CallState.start(language), words), words);
        assertThat(asked.state().ask()).isEqualTo("faq-painful");
    }

    /**
     * An okay alone before a pause, then what the caller thinks of the answer, asking nothing, carries on with the
     * choices in short and no miss: before, these were asked about a topic their story sounded like, or not
     * understood. An okay then a booking still asks about the desk, and an okay then more asked is asked.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | alright, that's a weight off my shoulders, my hip has been killing me
            en | oh good, my sister was worried sick about that
            es | qué bueno, mi mamá estaba asustadísima con eso
            es | menos mal, porque mi mamá es bien delicadita
            es | ya veo, o sea que solo es un estirón suave
            es | perfecto, eso es lo que quería saber para mi papá
            """)
    void anOkayThenACommentAfterAnAnswerCarriesOn(String language, String words) {
        Step.Answer answer = assertInstanceOf(Step.Answer.class, say(endOf(language, "faq-painful").withMisses(1), words), words);
        assertThat(answer.lead().kind()).as(words).isEqualTo(Lead.Kind.ACKNOWLEDGED);
        assertThat(answer.state().misses()).isZero();
        String booking = language.equals("en") ? "okay good, can I book my mom for friday" : "bueno, quiero hacer una cita para mi mamá";
        assertThat(say(endOf(language, "faq-painful"), booking)).as(booking).isNotInstanceOf(Step.Answer.class);
        String more = language.equals("en") ? "okay, sounds good, so how do I get started" : "bueno, entonces cómo hago para empezar";
        CallState asked = say(endOf(language, "faq-painful"), more).state();
        assertThat(List.of(asked.node(), asked.ask())).as(more).contains("faq-start");
    }

    /**
     * A murmur of assent in the middle of an answer carries on, at either line: before, "mm-hm" was not understood and
     * "mhm" at the Spanish line started the call over in English.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | mm-hm
            en | uh huh, I follow
            es | mhm
            es | mm hmm
            es | ajá
            es | mjm
            en | yeah, I'm listening
            es | sí, le escucho
            """)
    void aMurmurOfAssentIsAnOkayAtEitherLine(String language, String words) {
        assertThat(FLOW.hear(CallState.start(language).at("session"), Input.said(words, 0.9)))
                .as(words).isEqualTo(Heard.of(Heard.Kind.ACKNOWLEDGED));
    }

    /**
     * A murmur of assent, then a way on: what the caller asks. Before, "uh huh, go on then" read the part again (the
     * "huh?" in "uh huh") and "aha, go back" went to the main menu, not one step back.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | uh huh, go on then | NEXT
            en | aha, go back       | GO_BACK
            """)
    void aMurmurOfAssentThenAWayOnIsTheWayOn(String language, String words, Heard.Kind kind) {
        assertThat(FLOW.hear(CallState.start(language).at("session"), Input.said(words, 0.9)).kind()).as(words)
                .isEqualTo(kind);
    }

    @Test
    void atTheOfferToLeaveAMessageAThankYouHearsTheOfferAgain() {
        CallState closed = CallState.start("en");
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class,
                FLOW.next(closed, Input.keys("0"), new Call("+16465550100", "+12125550147", TestLine.CLOSED, false)));
        Step again = FLOW.atDesk(offer.state(), Input.said("thank you very much", 0.9),
                new Call("+16465550100", "+12125550147", TestLine.CLOSED, false));
        assertThat(assertInstanceOf(Step.MessageOffer.class, again).lead().kind()).isEqualTo(Lead.Kind.THANKS);
    }

    /** "Okay", "yes", "bueno": nothing asked. Before, each was "I'm not sure I understood", the answer again and a miss. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | okay
            en | alright then
            en | mhm
            es | bueno
            es | ah, sí
            """)
    void onlyAnOkayAfterAnAnswerHearsTheChoicesInShortAndNoMiss(String language, String words) {
        Step step = say(endOf(language, "faq-painful").withMisses(2), words);
        Step.Answer answer = assertInstanceOf(Step.Answer.class, step, words);
        assertThat(answer.lead().kind()).isEqualTo(Lead.Kind.ACKNOWLEDGED);
        assertThat(answer.state().misses()).isZero();
        String topic = SHIPPED.tree().topics().stream()
                .filter(t -> SHIPPED.wording(language).parts(EntryName.passage(t)).size() > 1).findFirst().orElseThrow();
        Step.Answer next = assertInstanceOf(Step.Answer.class, say(CallState.start(language).at(topic).atPart(1), words));
        assertThat(next.state().part()).as("between the parts: the next part").isEqualTo(2);
    }

    /**
     * Signs the caller heard, said alone ([words.okay]): before, "uh huh" said the answer again ("huh?"), "I see"
     * waited ("let me see"), "oh, that makes sense" offered the front desk, "got it" and "entiendo" were misses;
     * "that's good" said the answer again ("good" is what "good morning" leaves, a greeting), "what a relief" asked
     * whether to hear what traction is, "órale, qué padre" whether to be put through; "oh good" said the answer again,
     * "that answers it" went to the list of questions, "that's reassuring" and "qué chévere" were misses, "ay, menos
     * mal" asked whether to hear who it helps; asked to go on, "tell me more" and "cuénteme más" were misses.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | uh-huh
            en | oh, I see
            en | oh, that makes sense
            en | okay, got it
            en | wow, great
            en | that's good
            en | well, what a relief
            es | ah, ya veo
            es | entiendo, muy bien
            es | perfecto
            es | órale, qué padre
            en | oh good
            en | okay, that answers it
            en | well, that's reassuring
            en | hmm, I feel better
            es | ay, menos mal
            es | ah, qué chévere
            es | uf, qué alivio
            en | okay, I get it
            en | oh, I see now
            en | oh, that's comforting
            es | ah, qué bueno saberlo
            es | ah, ahora entiendo
            en | oh, tell me more
            es | bueno, cuénteme más
            es | ah, comprendo
            en | thanks, that's good to know
            en | um, can I ask you a question?
            es | hola, este, ¿puedo hacerle una pregunta?
            es | oiga, perdone la molestia
            """)
    void aSignOfHavingHeardIsAnOkay(String language, String words) {
        onlyAnOkayAfterAnAnswerHearsTheChoicesInShortAndNoMiss(language, words);
    }

    /**
     * Little words and okays are read in the way that needs the fewest okays: "oh I see now" is "I see now" after an
     * "oh", though "oh I see" is an okay too and leaves a "now" that is neither.
     */
    @Test
    void anOkayIsFoundWhereverTheLittleWordsBeforeItCouldBeginAnother() {
        Map<Heard, List<String>> examples = new LinkedHashMap<>();
        examples.put(Heard.of(Heard.Kind.ACKNOWLEDGED), List.of("oh I see", "I see now"));
        examples.put(new Heard(Heard.Kind.GO, "hours"), List.of("are you open now"));
        Listener listener = new Listener(Map.of("en", new Vocabulary(examples, List.of("zero", "one", "two", "three",
                "four", "five", "six", "seven", "eight", "nine"), List.of("yes"), List.of("no"))));
        CallState state = CallState.start("en");
        assertThat(listener.hear(Input.said("oh I see now", 0.9), state)).isEqualTo(Heard.of(Heard.Kind.ACKNOWLEDGED));
        assertThat(listener.hear(Input.said("oh I see, oh I see", 0.9), state)).isEqualTo(Heard.of(Heard.Kind.ACKNOWLEDGED));
        assertThat(listener.hear(Input.said("oh I see, are you open now", 0.9), state))
                .isEqualTo(new Heard(Heard.Kind.GO, "hours"));
    }

    /**
     * An okay is heard before its words are matched ("I see" is no "let me see"), but a word for yes that is an
     * example of a command too is the command, as staff wrote it: "go ahead" here is the next part.
     */
    @Test
    void anOkayIsHeardBeforeItsWordsAreMatchedButAWordForYesThatIsACommandIsTheCommand() {
        Map<Heard, List<String>> examples = new LinkedHashMap<>();
        examples.put(Heard.of(Heard.Kind.NEXT), List.of("go ahead", "next"));
        examples.put(Heard.of(Heard.Kind.WAIT), List.of("let me see", "hold on"));
        examples.put(Heard.of(Heard.Kind.ACKNOWLEDGED), List.of("I see"));
        Listener listener = new Listener(Map.of("en", new Vocabulary(examples, List.of("zero", "one", "two", "three",
                "four", "five", "six", "seven", "eight", "nine"), List.of("yes", "go ahead"), List.of("no"))));
        CallState state = CallState.start("en");
        assertThat(listener.hear(Input.said("oh I see", 0.9), state)).isEqualTo(Heard.of(Heard.Kind.ACKNOWLEDGED));
        assertThat(listener.hear(Input.said("yes", 0.9), state)).isEqualTo(Heard.of(Heard.Kind.ACKNOWLEDGED));
        assertThat(listener.hear(Input.said("go ahead", 0.9), state)).isEqualTo(Heard.of(Heard.Kind.NEXT));
        assertThat(listener.hear(Input.said("let me see", 0.9), state)).isEqualTo(Heard.of(Heard.Kind.WAIT));
    }

    /** Nothing was asked: a no is "I have heard enough of this", never a miss, and no part more. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | no
            en | um, nope
            en | not really
            en | nah
            es | no
            es | pues no
            """)
    void aNoInAnAnswerStopsItAtTheChoicesInShortAndANoAtAMenuIsNotUnderstood(String language, String words) {
        String topic = SHIPPED.tree().topics().stream()
                .filter(t -> SHIPPED.wording(language).parts(EntryName.passage(t)).size() > 1).findFirst().orElseThrow();
        int parts = SHIPPED.wording(language).parts(EntryName.passage(topic)).size();
        Step.Answer stopped = assertInstanceOf(Step.Answer.class,
                say(CallState.start(language).at(topic).atPart(1).withMisses(2), words), words);
        assertThat(stopped.state().part()).as("the choices after the last part, not the next part").isEqualTo(parts);
        assertThat(stopped.lead().kind()).isEqualTo(Lead.Kind.ACKNOWLEDGED);
        assertThat(stopped.state().misses()).isZero();
        Step.Menu menu = assertInstanceOf(Step.Menu.class, say(CallState.start(language).at("faq"), words), words);
        assertThat(menu.lead().kind()).isEqualTo(Lead.Kind.NOT_UNDERSTOOD);
        assertThat(menu.state().misses()).isEqualTo(1);
    }

    @Test
    void atTheOfferANoThankYouIsANo() {
        Call closed = new Call("+16465550100", "+12125550147", TestLine.CLOSED, false);
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, FLOW.next(CallState.start("en"), Input.keys("0"), closed));
        for (String no : List.of("no thank you", "nope")) {
            Step.Menu main = assertInstanceOf(Step.Menu.class, FLOW.atDesk(offer.state(), Input.said(no, 0.9), closed), no);
            assertThat(main.state().node()).isEqualTo("main");
        }
    }

    @Test
    void atTheOfferAnOkayIsAYes() {
        Call closed = new Call("+16465550100", "+12125550147", TestLine.CLOSED, false);
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, FLOW.next(CallState.start("en"), Input.keys("0"), closed));
        assertThat(FLOW.atDesk(offer.state(), Input.said("okay then", 0.9), closed)).isInstanceOf(Step.Voicemail.class);
    }

    /** "Um", "good morning": no word for yes, so the line says it did not understand, as before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | um
            en | so um my
            es | este pues mi
            """)
    void hesitatingIsNoOkay(String language, String words) {
        Step.Answer step = assertInstanceOf(Step.Answer.class, say(endOf(language, "faq-painful"), words));
        assertThat(step.lead().kind()).isEqualTo(Lead.Kind.NOT_UNDERSTOOD);
    }

    @Test
    void aNumberSaidWithTheThanksIsStillAKey() {
        Step.Answer two = assertInstanceOf(Step.Answer.class, say(CallState.start("en"), "two, thank you"));
        assertThat(two.state().node()).isEqualTo(SHIPPED.tree().options("main").get(1).target());
    }

    /** "Thank you, that will be all" was a thank-you before: "that will be all" is only little words to the matcher. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thank you so much, goodbye
            en | thank you, that will be all
            en | okay, that will be all
            es | gracias, eso es todo
            """)
    void aThankYouOrAnOkayWithAFarewellStillEndsTheCall(String language, String words) {
        assertThat(say(endOf(language, "faq-painful"), words)).as(words).isInstanceOf(Step.Goodbye.class);
    }
}
