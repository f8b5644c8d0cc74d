package clinic.ivr.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("painful", match.destination());
        assertEquals(1.0, match.score(), 1e-9);
        assertEquals(1.0, match.wordForWord(), 1e-9);
    }

    @Test
    void everyDestinationIsFoundInOtherWordsInBothLanguages() {
        assertEquals("painful", best(ENGLISH, "will the treatment hurt"));
        assertEquals("conditions", best(ENGLISH, "my sciatica is bad"));
        assertEquals("safety", best(ENGLISH, "i have osteoporosis"));
        assertEquals("hours", best(ENGLISH, "what time do you guys open tomorrow"));
        assertEquals("painful", best(SPANISH, "me duele mucho"));
        assertEquals("conditions", best(SPANISH, "tengo ciatica"));
        assertEquals("hours", best(SPANISH, "cuál es el horario"));
    }

    @Test
    void stemsAccentsAndApostrophesDoNotMatter() {
        assertEquals("painful", best(ENGLISH, "it hurts"));
        assertEquals("painful", best(SPANISH, "es doloroso"));
        assertEquals("conditions", best(SPANISH, "ciatica"), "the recognizer often leaves the accent out");
        assertEquals(PhraseMatcher.wordsOf("en", "I didn't"), PhraseMatcher.wordsOf("en", "i didnt"));
    }

    @Test
    void wordsWhoseStemIsAnotherRequestsStayWhole() {
        assertFalse(PhraseMatcher.wordsOf("en", "painful").equals(PhraseMatcher.wordsOf("en", "pain")));
        assertFalse(PhraseMatcher.wordsOf("es", "dolorosa").equals(PhraseMatcher.wordsOf("es", "dolor")));
        assertEquals("painful", best(ENGLISH, "painful"));
    }

    @Test
    void fillerAndPolitenessWeighNothing() {
        assertEquals(List.of(), PhraseMatcher.wordsOf("en", "um okay so i was wondering can you tell me"));
        assertEquals(List.of(), PhraseMatcher.wordsOf("es", "oiga mire buenas tardes quería saber"));
        assertEquals(score(ENGLISH, "does it hurt"),
                score(ENGLISH, "hi um okay so i was wondering can you tell me does it hurt please"), 1e-9);
        assertEquals(score(SPANISH, "duele"), score(SPANISH, "oiga mire buenas tardes quería saber si duele"), 1e-9);
    }

    @Test
    void wordsOfTheCallersOwnLowerTheScoreButDoNotHideTheMatch() {
        double plain = score(ENGLISH, "does it hurt");
        double wrapped = score(ENGLISH, "my granddaughter worries whether it will hurt");
        assertTrue(wrapped < plain, wrapped + " against " + plain);
        assertEquals("painful", best(ENGLISH, "my granddaughter worries whether it will hurt"));
    }

    @Test
    void recognizerSlipsAreNearMissesOrSoundAlikes() {
        assertEquals("conditions", best(ENGLISH, "herniated disk"), "disk for disc");
        assertEquals("safety", best(ENGLISH, "osteoporsis"), "a letter lost");
        assertEquals("painful", best(ENGLISH, "does it heard"), "heard sounds like hurt");
        assertEquals("conditions", best(SPANISH, "ernia de disco"));
        PhraseMatcher.Match slip = ENGLISH.rank("does it heard").get(0);
        assertTrue(slip.score() < 1.0, "a sound-alike counts less than the word itself: " + slip);
        assertTrue(slip.wordForWord() < 0.5, "and is no word said word for word: " + slip);
    }

    @Test
    void wordsTheRecognizerSplitAreJoinedAgain() {
        assertEquals("safety", best(ENGLISH, "osteo porosis"), "one word heard as two");
        assertEquals("message", best(ENGLISH, "voice mail"));
        assertEquals("insurance", best(ENGLISH, "do you take medic air"), "two words that sound like one");
        assertEquals("conditions", best(ENGLISH, "i have sigh attica"));
        assertEquals("person", best(SPANISH, "quiero un a gente"), "a little word joined to the next");
        assertEquals("next", best(SPANISH, "si guiente"));
    }

    @Test
    void wordsThatMeanSomethingAreNotJoinedIntoAGuess() {
        assertEquals("conditions", best(ENGLISH, "back pain"));
        assertFalse(best(ENGLISH, "how many").equals("insurance"), "how many is not Humana nor Medicaid");
    }

    @Test
    void aLoneCommonWordInALongSentenceScoresLow() {
        double alone = score(ENGLISH, "again");
        double inASentence = score(ENGLISH, "the bus driver was rude to my neighbor again");
        assertTrue(inASentence < 0.65 && inASentence < alone, inASentence + " against " + alone);
    }

    @Test
    void nonsenseScoresLowOrNothing() {
        for (String phrase : List.of("blue elephant", "the weather is nice", "banana telephone purple")) {
            List<PhraseMatcher.Match> ranked = ENGLISH.rank(phrase);
            assertTrue(ranked.isEmpty() || ranked.get(0).score() < 0.35, phrase + ": " + ranked);
        }
        assertTrue(SPANISH.rank("elefante azul").isEmpty());
    }

    @Test
    void aPhraseOfOnlyLittleWordsMatchesNothing() {
        assertEquals(List.of(), ENGLISH.rank("it is the"));
        assertEquals(List.of(), PhraseMatcher.wordsOf("en", "it is the"));
        assertEquals(List.of("first", "visit"), PhraseMatcher.wordsOf("en", "the first visit"));
    }

    @Test
    void aNumberWithWordsThatNameAKeyIsOnlyAKey() {
        assertTrue(ENGLISH.onlyNamesAKey("press "));
        assertTrue(ENGLISH.onlyNamesAKey("um number please"));
        assertTrue(SPANISH.onlyNamesAKey("oprima el número"));
        assertFalse(ENGLISH.onlyNamesAKey("eleven"));
        assertFalse(ENGLISH.onlyNamesAKey("i have questions"));
    }
}
