package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a caller said, as the line keeps them: without the words cut off to start again. */
class InputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the sec- the second one        | the second one
            I want the ho- the hours       | I want the hours
            la ter la tercera              | la tercera
            de cade de cadera              | de cadera
            the ho- the hou- the hours     | the hours
            a- I need the front desk       | I need the front desk
            um, sec- second one            | um, second one
            """)
    void aWordCutOffToStartAgainIsLeftOutWithTheWordSaidAgainBeforeIt(String said, String kept) {
        assertThat(Input.said(said, 0.9).speech()).isEqualTo(kept);
    }

    /** Words said twice, a hyphen inside a word, a word and a longer one after a pause: nothing was cut off. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hang on hang on, my back hurts
            no no no
            is it a well-known treatment
            the the second one
            a - the first one
            I I I don't know
            the s the second one
            the se the se
            """)
    void wordsNotCutOffAreKeptAsSaid(String said) {
        assertThat(Input.said(said, 0.9).speech()).isEqualTo(said);
    }
}
