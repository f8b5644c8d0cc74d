package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How long words take to hear, as staff read it next to a menu: about 150 words a minute, slower at the slow pace. */
class ListeningTest {

    @Test
    void wordsAreCountedAsSaid() {
        assertThat(Listening.words("  For hours,   press 5.  ")).isEqualTo(4);
        assertThat(Listening.words("   ")).isZero();
        assertThat(Listening.words("")).isZero();
    }

    @Test
    void aMinuteIsAHundredAndFiftyWordsAndTheSlowPaceTakesLonger() {
        assertThat(Listening.seconds(150)).isEqualTo(60);
        assertThat(Listening.seconds(1)).isZero();
        assertThat(Listening.seconds(2)).as("0.8 s rounds to 1").isEqualTo(1);
        assertThat(Listening.slowSeconds(150)).isEqualTo(71);
        assertThat(Listening.time(75)).isEqualTo("30 s (35 s slow)");
        assertThat(TimeToAnswer.maxWords()).as("half a minute").isEqualTo(75);
    }
}
