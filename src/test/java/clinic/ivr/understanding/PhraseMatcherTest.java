package clinic.ivr.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matcher alone: example phrases in, ranked destinations out, in English and Spanish. */
class PhraseMatcherTest {

    static final PhraseMatcher ENGLISH = PhraseMatcher.of("en", Map.of(
            "painful", List.of("does it hurt", "is it painful"),
            "conditions", List.of("herniated disc", "sciatica", "hip pain"),
            "safety", List.of("osteoporosis", "a broken bone"),
            "hours", List.of("what time do you open", "opening hours")));
    static final PhraseMatcher SPANISH = PhraseMatcher.of("es", Map.of(
            "painful", List.of("duele", "es dolorosa"),
            "conditions", List.of("hernia de disco", "ciática", "dolor de cadera"),
            "hours", List.of("a qué hora abren", "horario")));

    static String best(PhraseMatcher matcher, String phrase) {
        List<PhraseMatcher.Match> ranked = matcher.rank(phrase);
        return ranked.isEmpty() ? "" : ranked.get(0).destination();
    }

    @Test
    void anExampleSaidAsWrittenScoresOne() {
        PhraseMatcher.Match match = ENGLISH.rank("is it painful").get(0);
        assertEquals("painful", match.destination());
        assertEquals(1.0, match.score(), 1e-9);
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
    void stemsAndAccentsDoNotMatter() {
        assertEquals("painful", best(ENGLISH, "it hurts"));
        assertEquals("painful", best(SPANISH, "es doloroso"));
        assertEquals("conditions", best(SPANISH, "ciatica"), "the recognizer often leaves the accent out");
    }

    @Test
    void recognizerSlipsAreNearMisses() {
        assertEquals("conditions", best(ENGLISH, "herniated disk"), "disk for disc");
        assertEquals("conditions", best(ENGLISH, "sciatic nerve"));
        assertEquals("safety", best(ENGLISH, "osteo porosis"), "one word heard as two");
        assertEquals("safety", best(ENGLISH, "osteoporsis"), "a letter lost");
        assertEquals("conditions", best(SPANISH, "ernia de disco"));
        PhraseMatcher.Match slip = ENGLISH.rank("herniated disk").get(0);
        assertTrue(slip.score() < 1.0, "a near miss counts less than the word itself: " + slip);
    }

    @Test
    void wordsOfTheCallersOwnLowerTheScoreButDoNotHideTheMatch() {
        double plain = ENGLISH.rank("does it hurt").get(0).score();
        double wrapped = ENGLISH.rank("hi um i wanted to ask does it hurt").get(0).score();
        assertTrue(wrapped <= plain);
        assertEquals("painful", best(ENGLISH, "hi um i wanted to ask does it hurt"));
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
}
