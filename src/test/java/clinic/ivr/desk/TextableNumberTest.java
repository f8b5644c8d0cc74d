package clinic.ivr.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only numbers that can receive a text are offered one. */
class TextableNumberTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "+12125550147, true",
            "+447700900123, true",
            "anonymous, false",
            "restricted, false",
            "Unknown, false",
            "+266696687, false",     // Twilio's placeholder for a hidden number
            "'', false",
            "55555, false",          // a short code
            "+18005550100, false",   // toll-free
            "+18885550100, false",
            "+11235550147, false",   // no area code starts with 1
            "2125550147, false",     // not E.164
    })
    void textsGoOnlyToNumbersThatCanGetThem(String number, boolean expected) {
        assertEquals(expected, TextableNumber.accepts(number));
    }
}
