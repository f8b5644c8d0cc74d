package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which language a caller speaks, told from the words only one language of the line has. */
class TellingWordsTest {

    static final List<String> EN_NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    static final List<String> ES_NUMBERS = List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
            "ocho", "nueve");

    final TellingWords telling = new TellingWords(Map.of(
            "en", new Vocabulary(Map.of(Heard.go("faq"), List.of("questions about traction", "email me"),
                    new Heard(Heard.Kind.LANGUAGE, "es"), List.of("hablo español")), EN_NUMBERS, List.of("yes"),
                    List.of("no")),
            "es", new Vocabulary(Map.of(Heard.go("faq"), List.of("preguntas sobre tracción", "mándeme un email"),
                    new Heard(Heard.Kind.LANGUAGE, "en"), List.of("English")), ES_NUMBERS, List.of("sí"),
                    List.of("no"))));

    @Test
    void twoWordsOfTheOtherLanguagesExamplesAndNoneOfTheOnesHeardAreThatLanguage() {
        assertThat(telling.otherLanguageOf("Preguntas, tracción", "en")).hasValue("es");
        assertThat(telling.otherLanguageOf("questions traction", "es")).hasValue("en");
        assertThat(telling.otherLanguageOf("preguntas", "en")).as("one word").isEmpty();
        assertThat(telling.otherLanguageOf("preguntas preguntas", "en")).as("one word twice").isEmpty();
    }

    @Test
    void itsNumbersAndYesCountAsItsWords() {
        assertThat(telling.otherLanguageOf("siete ocho", "en")).hasValue("es");
        assertThat(telling.otherLanguageOf("seven eight", "es")).hasValue("en");
    }

    @Test
    void wordsBothLanguagesHaveTellNothing() {
        // "email" and "no" are words of both
        assertThat(telling.otherLanguageOf("email uno", "en")).isEmpty();
        assertThat(telling.otherLanguageOf("no no email", "es")).isEmpty();
        assertThat(telling.otherLanguageOf("no email preguntas tracción", "en")).as("shared words count for neither")
                .hasValue("es");
    }

    @Test
    void oneOwnWordOfALanguageIsEnoughToReadTheWordsInItButAWordBothHaveIsNot() {
        assertThat(telling.saysAny("email me the questions about traction", "es")).as("English words alone")
                .isFalse();
        assertThat(telling.saysAny("email me the preguntas", "es")).isTrue();
        assertThat(telling.saysAny("no, email", "es")).as("words both have").isFalse();
        assertThat(telling.saysAny("Tracción", "es")).as("written with a capital and an accent").isTrue();
    }

    @Test
    void theWordsThatAskForALanguageAreNotTheLanguageTheyAreHeardIn() {
        // "hablo español" is in the English line's words, but it is not English
        assertThat(telling.otherLanguageOf("hablo español", "es")).isEmpty();
    }

    @Test
    void theOtherLanguageMustHaveMoreThanTwiceTheWordsOfTheOneHeard() {
        assertThat(telling.otherLanguageOf("preguntas tracción questions", "en")).as("2 against 1").isEmpty();
        assertThat(telling.otherLanguageOf("preguntas tracción sobre questions", "en")).as("3 against 1")
                .isEqualTo(Optional.of("es"));
    }

    @Test
    void aCourtesyOfTheOneHeardWeighsNothingBesideWordsOfTheOtherThatAsk() {
        // "please" and "por favor" are filler: they wrap a request in either language
        assertThat(telling.otherLanguageOf("preguntas tracción please", "en")).hasValue("es");
        assertThat(telling.otherLanguageOf("questions traction por favor", "es")).as("\"por\" asks nothing, but is Spanish")
                .isEmpty();
        assertThat(telling.otherLanguageOf("questions traction, please", "es")).hasValue("en");
        assertThat(telling.otherLanguageOf("yes por favor", "en")).as("a courtesy of the other asks nothing").isEmpty();
    }
}
