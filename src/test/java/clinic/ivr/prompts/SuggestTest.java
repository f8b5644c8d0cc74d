package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean ...?": the closest known name, when a mistyped one is near enough to be a slip. */
class SuggestTest {

    @Test
    void aSlipOfOneOrTwoLettersFindsTheNameMeant() {
        assertThat(Suggest.didYouMean("nmae", List.of("phone", "name"))).isEqualTo("; did you mean name?");
        assertThat(Suggest.didYouMean("Clinic.Nam", List.of("clinic.name", "clinic.phone"))).isEqualTo("; did you mean clinic.name?");
        assertThat(Suggest.didYouMean("ab", List.of("abcd"))).as("two letters missing").isEqualTo("; did you mean abcd?");
    }

    @Test
    void aLongerNameMayBeFurtherOffByAThird() {
        assertThat(Suggest.didYouMean("abcdefghijkl", List.of("abcdefghwxyz"))).as("4 of 12").isEqualTo("; did you mean abcdefghwxyz?");
        assertThat(Suggest.didYouMean("abcdefghijkl", List.of("abcdefgvwxyz"))).as("5 of 12").isEqualTo(".");
        assertThat(Suggest.didYouMean("abc", List.of("xyz"))).isEqualTo(".");
        assertThat(Suggest.didYouMean("abc", List.of())).isEqualTo(".");
    }

    @Test
    void theClosestNameWinsAndTheFirstOfEquallyClose() {
        assertThat(Suggest.didYouMean("hours.mondy", List.of("hours.sunday", "hours.monday"))).isEqualTo("; did you mean hours.monday?");
        assertThat(Suggest.didYouMean("cat", List.of("bat", "cot"))).isEqualTo("; did you mean bat?");
    }

    @Test
    void theDistanceCountsInsertionsDeletionsAndChanges() {
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
        assertThat(Suggest.distance("abc", "")).isEqualTo(3);
        assertThat(Suggest.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(Suggest.distance("same", "same")).isZero();
    }
}
