package clinic.ivr.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The letters a word is off another, counted as far as a near miss goes, as the spelling suggester counts them. */
class LettersOffTest {

    @Test
    void countsAsTheSpellingSuggesterUpToTheMostAskedAbout() {
        LevenshteinDistance suggester = new LevenshteinDistance();
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : slip(a, random);
            int off = Math.round((1 - suggester.getDistance(a, b)) * Math.max(a.length(), b.length()));
            for (int most = 0; most <= 3; most++) {
                assertThat(LettersOff.atMost(a, b, most)).as("%s %s at most %d", a, b, most)
                        .isEqualTo(Math.min(off, most + 1));
            }
        }
    }

    @Test
    void nearMissesOfTheClinicsWords() {
        assertThat(LettersOff.atMost("sciatic", "sciatica", 2)).isEqualTo(1);
        assertThat(LettersOff.atMost("parkin", "parking", 1)).isEqualTo(1);
        assertThat(LettersOff.atMost("disk", "disc", 1)).isEqualTo(1);
        assertThat(LettersOff.atMost("ciática", "ciatica", 1)).isEqualTo(1);
        assertThat(LettersOff.atMost("osteoporosis", "osteoporsis", 2)).isEqualTo(1);
        assertThat(LettersOff.atMost("traction", "tractoin", 2)).isEqualTo(2);
        assertThat(LettersOff.atMost("message", "massage", 0)).isEqualTo(1);
        assertThat(LettersOff.atMost("medicare", "medicaid", 1)).isEqualTo(2);
        assertThat(LettersOff.atMost("", "again", 9)).isEqualTo(5);
        assertThat(LettersOff.atMost("hours", "hours", 1)).isZero();
    }

    /** A word of a few letters, most of them alike, so that many words are a letter or two apart. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(10); i >= 0; i--) {
            word.append("aeiorstnñá".charAt(random.nextInt(10)));
        }
        return word.toString();
    }

    /** The word with a letter or two added, dropped or changed. */
    private static String slip(String word, Random random) {
        StringBuilder slipped = new StringBuilder(word);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            int at = random.nextInt(slipped.length() + 1);
            int how = random.nextInt(3);
            if (how == 0 || at == slipped.length()) {
                slipped.insert(at, 'x');
            } else if (how == 1) {
                slipped.deleteCharAt(at);
            } else {
                slipped.setCharAt(at, 'y');
            }
        }
        return slipped.toString();
    }
}
