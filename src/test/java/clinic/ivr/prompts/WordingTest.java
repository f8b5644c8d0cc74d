package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the line says in each language, rendered once from the shipped words when the prompts load. */
class WordingTest {

    static Prompts SHIPPED;
    static Wording EN;
    static Wording ES;

    /** Loaded for each run of these tests, not once for the class: a mutant under test loads them. */
    @BeforeAll
    static void load() {
        SHIPPED = new EditedPrompts().load();
        EN = SHIPPED.wording("en");
        ES = SHIPPED.wording("es");
    }

    @Test
    void eachOptionSaysItsWordsThenItsKey() {
        assertThat(EN.option("main", "3").plainText()).isEqualTo("For common questions, press 3.");
        assertThat(ES.option("main", "3").plainText()).isEqualTo("Para las preguntas frecuentes, oprima 3.");
        assertThat(EN.option("faq", "2").plainText()).isEqualTo("For whether it hurts, press 2.");
        assertThat(EN.option("main", "6")).isNull();
    }

    @Test
    void aKeyThatIsNoChoiceIsNamedAndPoundInTheStaffsWord() {
        assertThat(EN.invalidKey("6").plainText()).isEqualTo("Sorry, 6 is not one of the choices.");
        assertThat(EN.invalidKey("1").plainText()).isEqualTo("Sorry, 1 is not one of the choices.");
        assertThat(EN.invalidKey("#").plainText()).isEqualTo("Sorry, pound is not one of the choices.");
        assertThat(ES.invalidKey("#").plainText()).isEqualTo("Lo siento, el numeral no es una de las opciones.");
        assertThat(EN.invalidKey("0").plainText()).as("a key with its own meaning").isEqualTo("Sorry, that is not one of the choices.");
    }

    @Test
    void theCallbackDayIsSaidInTheCallersLanguage() {
        assertThat(EN.callbackOn(DayOfWeek.TUESDAY).plainText()).isEqualTo("We will call you back on Tuesday.");
        assertThat(ES.callbackOn(DayOfWeek.SUNDAY).plainText()).isEqualTo("Le devolveremos la llamada el domingo.");
    }

    @Test
    void theWhisperNamesWhatTheCallerWasListeningTo() {
        assertThat(EN.whisper("faq").plainText()).isEqualTo("Phone line caller, asking about frequently asked questions."
                + " Press any key to accept.");
        assertThat(EN.whisper("main").plainText()).contains("asking about general questions.");
        assertThat(EN.whisper("session").plainText()).as("no [session.topic]: its option's words")
                .contains("asking about what happens in a session.");
        assertThat(EN.whisper("faq-painful").plainText()).contains("asking about whether it hurts.");
        assertThat(EN.whisper("somewhere else").plainText()).contains("asking about general questions.");
        assertThat(EN.whisperLanguage("es").plainText()).isEqualTo("The caller speaks Spanish.");
        assertThat(ES.whisperLanguage("en").plainText()).isEqualTo("La persona habla inglés.");
        assertThat(EN.whisperLanguage("fr").isEmpty()).isTrue();
    }

    @Test
    void theOneShortQuestionNamesTheChoice() {
        assertThat(EN.confirm("faq-painful").plainText()).isEqualTo("Do you want to hear whether it hurts? Say yes, or press 1.");
        assertThat(EN.confirm("hours").plainText()).isEqualTo("Do you want to hear our hours? Say yes, or press 1.");
        assertThat(ES.confirm("faq").plainText()).isEqualTo("¿Quiere las preguntas frecuentes? Diga sí, u oprima 1.");
        assertThat(EN.confirm("nowhere").isEmpty()).isTrue();
    }

    @Test
    void theHoursAreFilledInWhenACallerAsks() {
        assertThat(EN.hours(Wording.HOURS_TODAY, Map.of("opens", "9 AM", "closes", "5 PM")).plainText())
                .isEqualTo("Today's hours are 9 AM to 5 PM.");
        assertThat(ES.hours(Wording.HOURS_TODAY, Map.of("opens", "9 AM", "closes", "5 PM")).plainText())
                .isEqualTo("Hoy abrimos de 9 AM a 5 PM.");
        assertThat(EN.hours("no-such-entry", Map.of()).isEmpty()).isTrue();
    }

    @Test
    void anHoursEntryMissingItsValueOnACallSaysWhich() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> EN.hours(Wording.HOURS_TODAY, Map.of("opens", "9 AM")))
                .withMessageStartingWith("[hours-today] could not be said: ");
    }

    @Test
    void theSettingsAsStaffTextSaysThemForAPreview() {
        assertThat(EN.placeholders()).containsEntry("clinic.name", "Gramercy Physical Therapy")
                .containsEntry("clinic.phone", "212-598-5913").containsEntry("clinic.front_desk_number", "212-598-5913")
                .containsEntry("clinic.hours", "Monday to Friday, 8 AM to 7 PM").containsEntry("clinic.address", "")
                .containsEntry("clinic.booking_link", "");
        assertThat(ES.placeholders()).containsEntry("clinic.hours", "de lunes a viernes, de 8 de la mañana a 7 de la noche");
    }

    @Test
    void aMenuOrTopicIsNamedByItsOptionElseItsTopic() {
        assertThat(EN.name("faq")).isEqualTo("common questions");
        assertThat(EN.name("main")).isEqualTo("general questions");
        assertThat(ES.name("faq")).isEqualTo("las preguntas frecuentes");
        assertThat(EN.name("nowhere")).isEmpty();
    }

    @Test
    void hintsGiveEveryWordListsFirstPhrasesFirstWithinTwiliosLimits() {
        List<String> hints = Arrays.asList(EN.hints().split(", "));
        assertThat(hints).startsWith("cost of treatment", "address", "front desk", "main menu", "message", "next",
                "normal speed", "repeat", "slower", "text", "español");
        assertThat(hints).hasSize(Wording.MAX_HINTS).doesNotHaveDuplicates().doesNotContain("English")
                .allSatisfy(h -> assertThat(h).isNotBlank().hasSizeLessThanOrEqualTo(Wording.MAX_HINT_CHARACTERS));
        assertThat(ES.hints()).startsWith("costo, dirección, recepción, menú principal").contains("English");
    }

    @Test
    void eachPhraseOfAWordListIsTracedToItsLine() {
        List<String> phrases = EN.words("words.repeat");
        List<Source> sources = EN.phraseSources("words.repeat");
        assertThat(sources).hasSameSizeAs(phrases);
        EditedPrompts shipped = new EditedPrompts();
        assertThat(sources.get(0)).isEqualTo(new Source("prompts/en/line.txt", shipped.headingOf("en/line.txt", "words.repeat") + 1));
        assertThat(sources.get(phrases.indexOf("say it one more time")))
                .isEqualTo(new Source("prompts/en/line.txt", shipped.lineOf("en/line.txt", "say it one more time")));
        assertThat(EN.phraseSources("not-a-list")).isEmpty();
    }

    @Test
    void wordListsAreSplitOnCommasAndLines() {
        assertThat(EN.words(Wording.NUMBER_WORDS)).containsExactly("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine");
        assertThat(EN.words("words.repeat")).startsWith("repeat", "again", "say that again").contains("I could not hear you");
        assertThat(EN.words("nowhere")).isEmpty();
        assertThat(Wording.isWordList("words.repeat")).isTrue();
        assertThat(Wording.isWordList("faq.words")).isTrue();
        assertThat(Wording.isWordList("faq-words-of-wisdom")).isFalse();
    }

    @Test
    void answersHaveTheirPartsAndPhoneNumbersAreReadDigitByDigit() {
        assertThat(EN.parts("session")).hasSize(2);
        assertThat(EN.has("session")).isTrue();
        assertThat(EN.has("nowhere")).isFalse();
        assertThat(EN.say("nowhere").isEmpty()).isTrue();
        assertThat(EN.parts("nowhere")).isEmpty();
        assertThat(EN.say("faq-start").segments()).extracting(Speech.Segment::kind)
                .containsExactly(Speech.Kind.TEXT, Speech.Kind.PHONE, Speech.Kind.TEXT);
        assertThat(EN.say("faq-start").segments().get(1).text()).isEqualTo("212-598-5913");
    }

    @Test
    void theTextMessageKeepsItsLinesAndLeavesOutWhatIsNotSet() {
        assertThat(EN.say(Wording.TEXT_MESSAGE).writtenText()).isEqualTo("Gramercy Physical Therapy\nOpen Monday to Friday,"
                + " 8 AM to 7 PM.\nBook online:\nCall us: 212-598-5913");
    }

    @Test
    void everyEntryStaffWroteIsKnownWithWhereItIs() {
        assertThat(EN.written()).contains(Wording.OPTION, "words.repeat", Wording.WELCOME, "faq.topic");
        assertThat(EN.entries()).contains(Wording.WELCOME).doesNotContain(Wording.OPTION, "words.repeat");
        assertThat(EN.source(Wording.WELCOME)).hasValue(new Source("prompts/en/line.txt",
                new EditedPrompts().lineOf("en/line.txt", "Thank you for calling ${clinic.name}.")));
        assertThat(EN.source("nowhere")).isEmpty();
        assertThat(EN.typed("nowhere")).isEmpty();
        assertThat(EN.language()).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsAnsweredInTheFirstOne() {
        assertThat(SHIPPED.wording("fr").language()).isEqualTo("en");
        assertThat(SHIPPED.voice("fr").voice()).isEqualTo("Polly.Joanna-Neural");
        assertThat(SHIPPED.voice("es").voice()).isEqualTo("Polly.Lupe-Neural");
    }
}
