package clinic.ivr.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule about phone numbers, in one type. */
class PhoneNumberTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "+12125985913, true",
            "+442071838750, true",
            "+12345678, true",       // eight digits: the shortest E.164 Twilio dials
            "12125985913, false",    // no plus
            "+02125985913, false",   // no country code starts with 0
            "+1 212 598 5913, false",
            "+1234567890123456, false",
            "anonymous, false",
            "'', false",
    })
    void e164IsAPlusTheCountryCodeAndTheNumberNothingElse(String text, boolean e164) {
        assertThat(PhoneNumber.of(text).isE164()).isEqualTo(e164);
        assertThat(PhoneNumber.e164(text).isPresent()).isEqualTo(e164);
    }

    @Test
    void twoNumbersAreTheSameLineWhenTheirDigitsAre() {
        assertThat(PhoneNumber.of("+1 (212) 598-5913").sameLine(PhoneNumber.of("+12125985913"))).isTrue();
        assertThat(PhoneNumber.of("+12125985913").sameLine(PhoneNumber.of("+12125985914"))).isFalse();
        assertThat(PhoneNumber.NONE.sameLine(PhoneNumber.of("anonymous"))).as("no digits is no line").isFalse();
        assertThat(PhoneNumber.of(null)).isEqualTo(PhoneNumber.NONE);
    }

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
        assertThat(PhoneNumber.of(number).canReceiveTexts()).isEqualTo(expected);
    }

    @Test
    void usNumbersAreReadInThreesAndFoursOthersAsWritten() {
        assertThat(PhoneNumber.of("+12125985913").spoken()).isEqualTo("212-598-5913");
        assertThat(PhoneNumber.of("+442071838750").spoken()).isEqualTo("+442071838750");
    }

    @Test
    void aNumberKeepsItsCountryCodeAndLastFourDigitsInLogs() {
        assertThat(PhoneNumber.mask("+12125550147")).isEqualTo("+1******0147");
        assertThat(PhoneNumber.mask("+1234")).isEqualTo("***");
        assertThat(PhoneNumber.mask(null)).isEqualTo("-");
        assertThat(PhoneNumber.of("sip:+12125550147@pbx.example.com").masked()).doesNotContain("2125550147");
    }

    @Test
    void aNumberThatReachesALogAsAStringIsMasked() {
        assertThat("caller " + PhoneNumber.of("+12125550147")).isEqualTo("caller +1******0147");
        assertThat(Optional.of(PhoneNumber.of("+12125550147")).toString()).doesNotContain("2125550147");
    }

    @Test
    void aUrlIsLoggedWithTheCallerHiddenAndAnyPhoneNumberMasked() {
        assertThat(PhoneNumber.maskUrl("https://ivr.example.com/voice/recording?node=main&lang=en"
                + "&caller=sip%3A%2B12125550147%40pbx.example.com#rc=5"))
                .isEqualTo("https://ivr.example.com/voice/recording?node=main&lang=en&caller=***#rc=5");
        assertThat(PhoneNumber.maskUrl("http://127.0.0.1:8080/voice/menu?node=faq&x=%2B12125550147"))
                .isEqualTo("http://127.0.0.1:8080/voice/menu?node=faq&x=%2B*******0147");
        assertThat(PhoneNumber.maskUrl("http://127.0.0.1:8080/voice?caller=")).isEqualTo("http://127.0.0.1:8080/voice?caller=");
    }

    @Test
    void aLinkDialsDigitsOnly() {
        assertThat(PhoneNumber.of("+12125550147").isDialable()).isTrue();
        assertThat(PhoneNumber.of("55555").isDialable()).isTrue();
        assertThat(PhoneNumber.of("client:front-desk").isDialable()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"212-555-0147|2125550147", "(212) 555 0147|2125550147",
            "+1 212 555 0147|12125550147", "+12125550147|12125550147", "555.0147|5550147", " 0147 |0147"})
    void whatStaffTypeToFindANumberGivesItsDigits(String typed, String digits) {
        assertThat(PhoneNumber.typedDigits(typed)).hasValue(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "back pain", "12", "call 212-555-0147", "2+2", "room 5"})
    void wordsAreNoNumber(String typed) {
        assertThat(PhoneNumber.typedDigits(typed)).isEmpty();
    }

    @Test
    void aNumberStaffGaveIsRefusedInPlainWords() {
        assertThat(PhoneNumber.of("+12125985913").mistake()).isEmpty();
        assertThat(PhoneNumber.of("+442071234567").mistake()).as("other countries as written").isEmpty();
        assertThat(PhoneNumber.of("212-598-5913").mistake()).hasValue("is not a phone number in E.164 form: a plus sign,"
                + " the country code and the number, no spaces, such as +12125985913");
        assertThat(PhoneNumber.of("+1212598591").mistake()).hasValue("has 9 digits after +1; a number in the US or Canada"
                + " has 10 (the area code, then the number), such as +12125985913");
    }

    @Test
    void numbersAreTheSameByTheirText() {
        assertThat(PhoneNumber.of(" +12125985913 ")).isEqualTo(PhoneNumber.of("+12125985913"))
                .hasSameHashCodeAs(PhoneNumber.of("+12125985913"));
        assertThat(PhoneNumber.of("+12125985913")).isNotEqualTo(PhoneNumber.of("+12125985914"));
        assertThat(PhoneNumber.of("+12125985913").text()).isEqualTo("+12125985913");
        assertThat(PhoneNumber.of("  ").isEmpty()).isTrue();
        assertThat(PhoneNumber.of("+12125985913").isEmpty()).isFalse();
    }
}
