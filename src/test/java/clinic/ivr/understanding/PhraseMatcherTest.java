package clinic.ivr.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matcher alone: example phrases in, ranked destinations out, in English and Spanish. */
class PhraseMatcherTest {

    static final PhraseMatcher ENGLISH = PhraseMatcher.of("en", Map.of(
            "painful", List.of("does it hurt", "is it painful"),
            "conditions", List.of("herniated disc", "sciatica", "hip pain", "back pain"),
            "safety", List.of("osteoporosis", "a broken bone"),
            "hours", List.of("what time do you open", "opening hours"),
            "insurance", List.of("Medicare", "Medicaid", "copay"),
            "message", List.of("voicemail", "leave a message"),
            "person", List.of("receptionist", "talk to a person"),
            "repeat", List.of("again", "say that again")));
    static final PhraseMatcher SPANISH = PhraseMatcher.of("es", Map.of(
            "painful", List.of("duele", "es dolorosa"),
            "conditions", List.of("hernia de disco", "ciática", "dolor de cadera"),
            "hours", List.of("a qué hora abren", "horario"),
            "person", List.of("agente", "recepcionista"),
            "next", List.of("siguiente")));

    static String best(PhraseMatcher matcher, String phrase) {
        List<PhraseMatcher.Match> ranked = matcher.rank(phrase);
        return ranked.isEmpty() ? "" : ranked.get(0).destination();
    }

    static double score(PhraseMatcher matcher, String phrase) {
        List<PhraseMatcher.Match> ranked = matcher.rank(phrase);
        return ranked.isEmpty() ? 0 : ranked.get(0).score();
    }

    @Test
    void anExampleSaidAsWrittenScoresOneWordForWord() {
        PhraseMatcher.Match match = ENGLISH.rank("is it painful").get(0);
        assertThat(match.destination()).isEqualTo("painful");
        assertThat(match.score()).isCloseTo(1.0, within(1e-9));
        assertThat(match.wordForWord()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void everyDestinationIsFoundInOtherWordsInBothLanguages() {
        assertThat(best(ENGLISH, "will the treatment hurt")).isEqualTo("painful");
        assertThat(best(ENGLISH, "my sciatica is bad")).isEqualTo("conditions");
        assertThat(best(ENGLISH, "i have osteoporosis")).isEqualTo("safety");
        assertThat(best(ENGLISH, "what time do you guys open tomorrow")).isEqualTo("hours");
        assertThat(best(SPANISH, "me duele mucho")).isEqualTo("painful");
        assertThat(best(SPANISH, "tengo ciatica")).isEqualTo("conditions");
        assertThat(best(SPANISH, "cuál es el horario")).isEqualTo("hours");
    }

    @Test
    void stemsAccentsAndApostrophesDoNotMatter() {
        assertThat(best(ENGLISH, "it hurts")).isEqualTo("painful");
        assertThat(best(SPANISH, "es doloroso")).isEqualTo("painful");
        assertThat(best(SPANISH, "ciatica")).as("the recognizer often leaves the accent out").isEqualTo("conditions");
        assertThat(PhraseMatcher.wordsOf("en", "i didnt")).isEqualTo(PhraseMatcher.wordsOf("en", "I didn't"));
    }

    @Test
    void wordsWhoseStemIsAnotherRequestsStayWhole() {
        assertThat(PhraseMatcher.wordsOf("en", "painful")).isNotEqualTo(PhraseMatcher.wordsOf("en", "pain"));
        assertThat(PhraseMatcher.wordsOf("es", "dolorosa")).isNotEqualTo(PhraseMatcher.wordsOf("es", "dolor"));
        assertThat(best(ENGLISH, "painful")).isEqualTo("painful");
    }

    @Test
    void fillerAndPolitenessWeighNothing() {
        assertThat(PhraseMatcher.wordsOf("en", "um okay so i was wondering can you tell me")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("es", "oiga mire buenas tardes quería saber")).isEmpty();
        assertThat(score(ENGLISH, "hi um okay so i was wondering can you tell me does it hurt please"))
                .isCloseTo(score(ENGLISH, "does it hurt"), within(1e-9));
        assertThat(score(SPANISH, "oiga mire buenas tardes quería saber si duele"))
                .isCloseTo(score(SPANISH, "duele"), within(1e-9));
    }

    @Test
    void wordsOfTheCallersOwnLowerTheScoreButDoNotHideTheMatch() {
        double plain = score(ENGLISH, "does it hurt");
        double wrapped = score(ENGLISH, "my granddaughter worries whether it will hurt");
        assertThat(wrapped).isLessThan(plain);
        assertThat(best(ENGLISH, "my granddaughter worries whether it will hurt")).isEqualTo("painful");
    }

    @Test
    void recognizerSlipsAreNearMissesOrSoundAlikes() {
        assertThat(best(ENGLISH, "herniated disk")).as("disk for disc").isEqualTo("conditions");
        assertThat(best(ENGLISH, "osteoporsis")).as("a letter lost").isEqualTo("safety");
        assertThat(best(ENGLISH, "does it heard")).as("heard sounds like hurt").isEqualTo("painful");
        assertThat(best(SPANISH, "ernia de disco")).isEqualTo("conditions");
        PhraseMatcher.Match slip = ENGLISH.rank("does it heard").get(0);
        assertThat(slip.score()).as("a sound-alike counts less than the word itself").isLessThan(1.0);
        assertThat(slip.wordForWord()).as("and is no word said word for word").isLessThan(0.5);
    }

    @Test
    void wordsTheRecognizerSplitAreJoinedAgain() {
        assertThat(best(ENGLISH, "osteo porosis")).as("one word heard as two").isEqualTo("safety");
        assertThat(best(ENGLISH, "voice mail")).isEqualTo("message");
        assertThat(best(ENGLISH, "do you take medic air")).as("two words that sound like one").isEqualTo("insurance");
        assertThat(best(ENGLISH, "i have sigh attica")).isEqualTo("conditions");
        assertThat(best(SPANISH, "quiero un a gente")).as("a little word joined to the next").isEqualTo("person");
        assertThat(best(SPANISH, "si guiente")).isEqualTo("next");
    }

    @Test
    void wordsThatMeanSomethingAreNotJoinedIntoAGuess() {
        assertThat(best(ENGLISH, "back pain")).isEqualTo("conditions");
        assertThat(best(ENGLISH, "how many")).as("how many is not Humana nor Medicaid").isNotEqualTo("insurance");
    }

    @Test
    void aLoneCommonWordInALongSentenceScoresLow() {
        double alone = score(ENGLISH, "again");
        double inASentence = score(ENGLISH, "the bus driver was rude to my neighbor again");
        assertThat(inASentence).isLessThan(0.65).isLessThan(alone);
    }

    @Test
    void nonsenseScoresLowOrNothing() {
        for (String phrase : List.of("blue elephant", "the weather is nice", "banana telephone purple")) {
            List<PhraseMatcher.Match> ranked = ENGLISH.rank(phrase);
            assertThat(ranked.isEmpty() ? 0 : ranked.get(0).score()).as(phrase).isLessThan(0.35);
        }
        assertThat(SPANISH.rank("elefante azul")).isEmpty();
    }

    @Test
    void aPhraseOfOnlyLittleWordsMatchesNothing() {
        assertThat(ENGLISH.rank("it is the")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("en", "it is the")).isEmpty();
        assertThat(PhraseMatcher.wordsOf("en", "the first visit")).containsExactly("first", "visit");
    }

    @Test
    void aNumberWithWordsThatNameAKeyIsOnlyAKey() {
        assertThat(ENGLISH.onlyNamesAKey("press ")).isTrue();
        assertThat(ENGLISH.onlyNamesAKey("um number please")).isTrue();
        assertThat(SPANISH.onlyNamesAKey("oprima el número")).isTrue();
        assertThat(ENGLISH.onlyNamesAKey("eleven")).isFalse();
        assertThat(ENGLISH.onlyNamesAKey("i have questions")).isFalse();
    }
}
