package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The caller's words against short phrases as written: found from whatever word a phrase begins with. */
class WordsSaidTest {

    private static final SaidPhrases FAREWELLS = WordsSaid.asSaid("en",
            List.of("bye", "have a * day", "* care", "take care now", "see you"));

    private static List<String> said(String words) {
        return List.of(words.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            okay bye                      | true
            have a blessed day            | true
            well you take care            | true
            and have a day                | false
            see what you can do           | false
            byebye                        | false
            """)
    void aPhraseIsFoundWhereverItBeginsWhateverWordBeginsIt(String words, boolean found) {
        assertThat(WordsSaid.saysOne(said(words), FAREWELLS)).as(words).isEqualTo(found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bye bye                       | 2
            have a nice day bye           | 2
            take care now                 | 1
            take care bye                 | 2
            you take care bye             | 0
            bye then                      | 0
            """)
    void timesSaidCountsTheFewestPhrasesThatAreAllTheWords(String words, int times) {
        assertThat(WordsSaid.timesSaid(said(words), FAREWELLS, w -> false, new Vocabulary(Map.of(),
                List.of(), List.of(), List.of()))).as(words).isEqualTo(times);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            take care now please          | 0 | 3
            please take care now          | 1 | 3
            oh take care                  | 1 | 2
            so have a good day            | 1 | 4
            so have a good day            | 0 | 0
            bye                           | 1 | 0
            """)
    void theLongestPhraseSaidFromAPlaceIsFound(String words, int at, int longest) {
        assertThat(WordsSaid.longestAt(FAREWELLS, said(words), at)).as(words + " from " + at).isEqualTo(longest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            take care now please          | false | 3
            bye                           | false | 0
            bye bye                       | false | 1
            oh bye                        | true  | 1
            well take care                | true  | 2
            well take care                | false | 0
            """)
    void theLongestPhraseTheWordsBeginOrEndWithIsFoundNotAllOfThem(String words, boolean atTheEnd, int longest) {
        assertThat(WordsSaid.longestAtAnEdge(FAREWELLS, said(words), atTheEnd)).as(words).isEqualTo(longest);
        assertThat(WordsSaid.longestAtAnEdge(FAREWELLS, List.of(), atTheEnd)).isZero();
    }

    @Test
    void aPhraseThatBeginsALongerOneIsSaidOnlyWhereTheLongerIsNot() {
        SaidPhrases thatsAll = WordsSaid.asSaid("en", List.of("that's all"));
        SaidPhrases okays = WordsSaid.asSaid("en", List.of("that's all right", "that's all"));
        assertThat(WordsSaid.saysOne(said("no dear thats all right"), thatsAll, okays)).isFalse();
        assertThat(WordsSaid.saysOne(said("no thats all"), thatsAll, okays)).isTrue();
    }

    @Test
    void listsJoinedKeepEveryPhraseAndPhrasesOfNoWordsAreNone() {
        SaidPhrases both = WordsSaid.asSaid("en", List.of("bye", "?")).and(WordsSaid.asSaid("en", List.of("see you")));
        assertThat(both.all()).containsExactly(List.of("bye"), List.of("see", "you"));
        assertThat(WordsSaid.saysOne(said("see you then"), both)).isTrue();
        assertThat(WordsSaid.saysOne(said("thanks"), both.without(phrase -> phrase.contains("bye")))).isFalse();
    }
}
