package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A caller's name and date of birth said first, as other clinics' lines ask for them, passed over; nothing else. */
class IntroductionsTest {

    /** Built for each test: a mutation test runs one after another in one JVM, each on a class changed anew. */
    static Introductions introductions(String language) {
        return new Introductions(language, new Vocabulary(Map.of(), language.equals("en")
                ? List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
                : List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"), List.of(), List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hi, my name is Carol Baker, date of birth June 9th 1961, what are your hours?     | hi, what are your hours?
            en | yes, it's Mary Fox, born May 1st 1947, put me through                            | yes, put me through
            en | this is Tom Reyes, the twelfth of August nineteen fifty, does it hurt             | does it hurt
            es | buenos días, me llamo Julio Ramos, nacido el 3 de agosto del 58, quiero dejar un mensaje | buenos días, quiero dejar un mensaje
            es | habla Rosa Díaz del doce de enero del sesenta, ¿cuál es el horario?               | ¿cuál es el horario?
            es | soy María Elena Ruiz Soto, nacida el primero de mayo del 49, ¿me duele?         | ¿me duele?
            """)
    void aNameAndADateOfBirthSaidFirstArePassedOver(String language, String said, String heard) {
        assertThat(introductions(language).passedOver(Input.said(said, 0.9)).speech()).isEqualTo(heard);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | my name is Ann Lee, what are your hours
            en | this is Peter Nash, born April 2 1950
            en | it's been three years since my surgery, does it help?
            en | I'm seventy two and my back hurts
            es | soy diabética desde marzo, ¿puedo hacerla?
            es | habla con la recepción por favor
            """)
    void noDateOfBirthOrNothingAfterItIsNoIntroduction(String language, String said) {
        assertThat(introductions(language).passedOver(Input.said(said, 0.9)).speech()).isEqualTo(said);
    }
}
