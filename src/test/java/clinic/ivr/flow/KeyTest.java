package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The key map: what each key does, the same in every menu and language, and no key doing two things at once. */
class KeyTest {

    @Test
    void zeroStarNineAndPoundDoTheSameEverywhere() {
        assertThat(Key.everywhere("0")).contains(Key.FRONT_DESK);
        assertThat(Key.everywhere("*")).contains(Key.REPEAT);
        assertThat(Key.everywhere("9")).contains(Key.MAIN_MENU);
        assertThat(Key.everywhere("#")).contains(Key.NEXT_PART);
        for (String key : List.of("1", "2", "3", "4", "5", "6", "7", "8")) {
            assertThat(Key.everywhere(key)).as(key).isEmpty();
        }
    }

    @Test
    void whatTheLineHearsForEachKey() {
        assertThat(Heard.key("0").kind()).isEqualTo(Heard.Kind.FRONT_DESK);
        assertThat(Heard.key("*").kind()).isEqualTo(Heard.Kind.REPEAT);
        assertThat(Heard.key("9").kind()).isEqualTo(Heard.Kind.MAIN_MENU);
        assertThat(Heard.key("#").kind()).isEqualTo(Heard.Kind.NEXT);
        assertThat(Heard.key("7")).isEqualTo(new Heard(Heard.Kind.KEY, "7"));
        assertThat(Heard.key("10").kind()).isEqualTo(Heard.Kind.GARBLED);
        assertThat(Heard.key("A").kind()).isEqualTo(Heard.Kind.GARBLED);
    }

    @Test
    void noKeyDoesTwoThingsInOnePlace() {
        List<String> mainMenu = presses(Stream.concat(Key.OPTIONS.stream(),
                Stream.of(Key.PACE, Key.LANGUAGE, Key.FRONT_DESK, Key.REPEAT).map(Key::press)));
        List<String> afterAnAnswer = presses(Stream.of(Key.BACK, Key.TEXT, Key.REPEAT, Key.MAIN_MENU, Key.FRONT_DESK,
                Key.NEXT_PART).map(Key::press));
        List<String> atTheMessageOffer = presses(Stream.of(Key.MESSAGE, Key.TRY_AGAIN, Key.MAIN_MENU, Key.REPEAT)
                .map(Key::press));
        List<String> atTheQuestion = presses(Stream.of(Key.YES, Key.NO, Key.FRONT_DESK, Key.REPEAT).map(Key::press));

        for (List<String> place : List.of(mainMenu, afterAnAnswer, atTheMessageOffer, atTheQuestion)) {
            assertThat(place).doesNotHaveDuplicates();
        }
    }

    @Test
    void optionsAreOneToFiveAndTheMenuKeysAreNoneOfThem() {
        assertThat(Key.OPTIONS).containsExactly("1", "2", "3", "4", "5");
        for (Key key : List.of(Key.FRONT_DESK, Key.REPEAT, Key.MAIN_MENU, Key.NEXT_PART, Key.PACE, Key.LANGUAGE, Key.TEXT)) {
            assertThat(Key.OPTIONS).as(key.name()).doesNotContain(key.press());
        }
    }

    private static List<String> presses(Stream<String> keys) {
        return keys.toList();
    }
}
