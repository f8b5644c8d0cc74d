package clinic.ivr.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Callers' numbers as the logs show them. */
class PhoneNumbersTest {

    @Test
    void aUrlIsLoggedWithTheCallerHiddenAndAnyPhoneNumberMasked() {
        assertEquals("https://ivr.example.com/voice/recording?node=main&lang=en&caller=***#rc=5",
                PhoneNumbers.maskUrl("https://ivr.example.com/voice/recording?node=main&lang=en"
                        + "&caller=sip%3A%2B12125550147%40pbx.example.com#rc=5"));
        assertEquals("http://127.0.0.1:8080/voice/menu?node=faq&x=%2B*******0147",
                PhoneNumbers.maskUrl("http://127.0.0.1:8080/voice/menu?node=faq&x=%2B12125550147"));
        assertEquals("http://127.0.0.1:8080/voice?caller=", PhoneNumbers.maskUrl("http://127.0.0.1:8080/voice?caller="));
    }

    @Test
    void aNumberKeepsItsCountryCodeAndLastFourDigits() {
        assertEquals("+1******0147", PhoneNumbers.mask("+12125550147"));
        assertEquals("***", PhoneNumbers.mask("+1234"));
        assertEquals("-", PhoneNumbers.mask(null));
    }
}
