package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller who tells a story before the question: the story lowers every score, but a place the caller names
 * word for word, far ahead of any other, is where they meant to go.
 */
class ListenerStoryTest {

    static final String STORY = "well last winter my sister took me to a doctor downtown and since then ";

    final Listener listener;

    ListenerStoryTest() {
        Map<Heard, List<String>> examples = new LinkedHashMap<>();
        examples.put(Heard.go("who-it-helps"), List.of("back pain", "sciatica", "a herniated disc", "can it help me"));
        examples.put(Heard.go("hours"), List.of("opening hours", "are you open", "saturday"));
        examples.put(Heard.go("faq-painful"), List.of("does it hurt", "is it painful"));
        examples.put(Heard.of(Heard.Kind.ASK_THE_DESK), List.of("insurance", "how much does it cost", "medicare", "my bill"));
        examples.put(Heard.of(Heard.Kind.FRONT_DESK), List.of("front desk", "talk to a person"));
        Vocabulary words = new Vocabulary(examples, List.of("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine"), List.of("yes"), List.of("no"));
        listener = new Listener(Map.of("en", words));
    }

    Heard hear(String said) {
        return listener.hear(Input.said(said, 0.9), CallState.start("en"));
    }

    @Test
    void aQuestionAtTheEndOfAStoryGoesStraightToItsAnswer() {
        assertThat(hear(STORY + "my back pain has gotten worse and worse so can it help me"))
                .isEqualTo(Heard.go("who-it-helps"));
    }

    @Test
    void whatOnlyTheDeskCanAnswerIsStillAskedAboutInAStory() {
        assertThat(hear(STORY + "my medicare bill has gotten worse and worse so how much does it cost"))
                .isEqualTo(new Heard(Heard.Kind.MAYBE, ""));
    }

    @Test
    void aStoryWithoutAQuestionOfTheLinesGoesNowhere() {
        assertThat(hear(STORY + "my neighbor has been walking the dog every morning")).isEqualTo(Heard.of(Heard.Kind.UNCLEAR));
    }
}
