package clinic.ivr.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.flow.Heard;
import org.junit.jupiter.api.Test;

/**
 * What callers say as they talk, at the main menu of the shipped prompts, in their own words (none of them a
 * measured phrase): long questions wrapped in a story, remarks that are not for the line, words the recognizer
 * split. Where the line goes is what a caller notices: straight to an answer, one short question first, or
 * "I'm not sure I understood".
 */
class EverydaySpeechTest {

    static Heard hear(String language, String phrase) {
        return HeldOutPhrasesTest.hear(language, phrase);
    }

    @Test
    void aLongQuestionWrappedInAStoryGoesStraightToItsAnswer() {
        assertThat(hear("en", "um hi yes so my husband has had this terrible pain in his lower back and down his leg"
                + " for years now and we were wondering whether your traction could help him"))
                .isEqualTo(Heard.go("who-it-helps"));
        assertThat(hear("en", "okay so my question is basically how many visits it usually takes before people"
                + " start to feel better")).isEqualTo(Heard.go("faq-results"));
        assertThat(hear("es", "mire fíjese que mi esposo tiene un dolor muy fuerte en la espalda baja y en la pierna"
                + " desde hace años y queríamos saber si la tracción le puede ayudar")).isEqualTo(Heard.go("who-it-helps"));
    }

    @Test
    void aRemarkAboutTheWeatherOrTheTelevisionDoesNotLandInAnAnswer() {
        for (String[] said : new String[][] {{"en", "is it going to snow on saturday"}, {"es", "va a nevar el sábado"},
                {"es", "la telenovela empieza el lunes"}}) {
            assertThat(HeldOutPhrasesTest.landsInAnAnswer(hear(said[0], said[1]))).as(said[1]).isFalse();
        }
        assertThat(hear("en", "are you open on saturday")).as("the day with what is asked of it").isEqualTo(Heard.go("hours"));
        assertThat(hear("en", "patch me through to the receptionist")).as("a person is no answer: no question first")
                .isEqualTo(Heard.of(Heard.Kind.FRONT_DESK));
        assertThat(hear("es", "póngame con la recepción")).isEqualTo(Heard.of(Heard.Kind.FRONT_DESK));
        assertThat(hear("es", "abren el sábado")).isEqualTo(Heard.go("hours"));
    }

    @Test
    void whatHurtsTheCallerIsWhoItHelpsWhatWillHurtIsWhetherItHurts() {
        assertThat(hear("es", "me duele la cadera cuando camino")).isEqualTo(Heard.go("who-it-helps"));
        assertThat(hear("es", "me duele la espalda")).isIn(Heard.go("who-it-helps"), new Heard(Heard.Kind.MAYBE, "who-it-helps"));
        assertThat(hear("es", "me dolerá la espalda")).isEqualTo(Heard.go("faq-painful"));
        assertThat(hear("es", "la tracción va a doler")).isEqualTo(Heard.go("faq-painful"));
    }

    /**
     * Whether to keep away from it, or spine surgery, is who should avoid it; the same therapist is asked of a person.
     * Before, "should my dad stay away from it after his hip operation" was asked about first, as was "my husband had
     * spine surgery last year, is it okay for him", and "can I have the same therapist" asked whether to hear what
     * happens in a session.
     */
    @Test
    void keepingAwayOrSpineSurgeryIsWhoShouldAvoidItAndTheSameTherapistIsThePerson() {
        assertThat(hear("en", "should my dad stay away from it after his hip operation")).isEqualTo(Heard.go("faq-avoid"));
        assertThat(hear("en", "my husband had spine surgery last year, is it okay for him")).isEqualTo(Heard.go("faq-avoid"));
        assertThat(hear("en", "can I have the same therapist")).isEqualTo(Heard.of(Heard.Kind.FRONT_DESK));
    }

    @Test
    void spanishWordsThatSayTheSameLeadTheSameWay() {
        assertThat(hear("es", "quiero volver a empezar")).as("empezar is comenzar").isEqualTo(Heard.of(Heard.Kind.MAIN_MENU));
        assertThat(hear("es", "cuánto tiempo me voy a quedar allá")).as("allá is ahí and allí").isEqualTo(Heard.go("session"));
    }

    @Test
    void aWordTheRecognizerSplitIsJoinedWhereItReadsBest() {
        assertThat(hear("en", "can you treat my sigh attica")).as("sigh attica, not for sigh")
                .isEqualTo(new Heard(Heard.Kind.MAYBE, "who-it-helps"));
        assertThat(hear("en", "tell me about this track shun")).as("track shun, though track alone sounds like drug")
                .isEqualTo(new Heard(Heard.Kind.MAYBE, "what-it-is"));
    }
}
