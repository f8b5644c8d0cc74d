package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.XMLOutputFormat;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the line says in each language, rendered once from the shipped words when the prompts load. */
class WordingTest {

    Prompts shipped;
    Wording en;
    Wording es;

    /** Loaded for each test: what a test checks is rendered while it runs, by the code it tests. */
    @BeforeEach
    void load() {
        shipped = new EditedPrompts().load();
        en = shipped.wording("en");
        es = shipped.wording("es");
    }

    @Test
    void eachOptionSaysItsWordsThenItsKey() {
        assertThat(en.option("main", "3").plainText()).isEqualTo("For common questions, press 3.");
        assertThat(es.option("main", "3").plainText()).isEqualTo("Para oír preguntas frecuentes, oprima 3.");
        assertThat(en.option("faq", "2").plainText()).isEqualTo("For whether it hurts, press 2.");
        assertThat(en.option("main", "6")).isNull();
    }

    @Test
    void aKeyThatIsNoChoiceIsNamedAndPoundInTheStaffsWord() {
        assertThat(en.invalidKey("6").plainText()).isEqualTo("Sorry, 6 is not one of the choices.");
        assertThat(en.invalidKey("1").plainText()).isEqualTo("Sorry, 1 is not one of the choices.");
        assertThat(en.invalidKey("#").plainText()).isEqualTo("Sorry, pound is not one of the choices.");
        assertThat(es.invalidKey("#").plainText()).isEqualTo("Lo siento, el numeral no es una de las opciones.");
        assertThat(en.invalidKey("0").plainText()).as("a key with its own meaning").isEqualTo("Sorry, that is not one of the choices.");
    }

    @Test
    void theCallbackDayIsSaidInTheCallersLanguage() {
        assertThat(en.callbackOn(DayOfWeek.TUESDAY).plainText()).isEqualTo("We will call you back on Tuesday.");
        assertThat(es.callbackOn(DayOfWeek.SUNDAY).plainText()).isEqualTo("Le devolveremos la llamada el domingo.");
    }

    @Test
    void theWhisperNamesWhatTheCallerWasListeningTo() {
        assertThat(en.whisper("faq").plainText()).isEqualTo("Phone line caller, asking about frequently asked questions."
                + " Press any key to accept.");
        assertThat(en.whisper("main").plainText()).contains("asking about general questions.");
        assertThat(en.whisper("session").plainText()).as("no [session.topic]: its option's words")
                .contains("asking about what happens in a session.");
        assertThat(en.whisper("faq-painful").plainText()).contains("asking about whether it hurts.");
        assertThat(en.whisper("somewhere else").plainText()).contains("asking about general questions.");
        assertThat(en.whisperLanguage("es").plainText()).isEqualTo("The caller speaks Spanish.");
        assertThat(es.whisperLanguage("en").plainText()).isEqualTo("La persona habla inglés.");
        assertThat(en.whisperLanguage("fr").isEmpty()).isTrue();
    }

    @Test
    void theOneShortQuestionNamesTheChoice() {
        assertThat(en.confirm("faq-painful").plainText()).isEqualTo("Do you want to hear whether it hurts? Say yes, or press 1.");
        assertThat(en.confirm("hours").plainText()).isEqualTo("Do you want to hear our hours? Say yes, or press 1.");
        assertThat(es.confirm("faq").plainText()).isEqualTo("¿Quiere oír preguntas frecuentes? Diga sí, u oprima 1.");
        assertThat(en.confirm("faq-prevent").plainText()).as("the option's words read as what the caller would hear")
                .isEqualTo("Do you want to hear how to prevent pain? Say yes, or press 1.");
        assertThat(en.option("faq", "4").plainText()).isEqualTo("For how to prevent pain, press 4.");
        assertThat(es.confirm("faq-prevent").plainText()).isEqualTo("¿Quiere saber cómo prevenir el dolor? Diga sí, u oprima 1.");
        assertThat(es.option("faq", "4").plainText()).isEqualTo("Para saber cómo prevenir el dolor, oprima 4.");
        assertThat(en.confirm("nowhere").isEmpty()).isTrue();
    }

    @Test
    void theHoursAreFilledInWhenACallerAsks() {
        assertThat(en.hours(FixedEntry.HOURS_TODAY, Map.of("opens", "9 AM", "closes", "5 PM")).plainText())
                .isEqualTo("Today's hours are 9 AM to 5 PM.");
        assertThat(es.hours(FixedEntry.HOURS_TODAY, Map.of("opens", "9 AM", "closes", "5 PM")).plainText())
                .isEqualTo("Hoy abrimos de 9 AM a 5 PM.");
        assertThat(en.hours(FixedEntry.WELCOME, Map.of()).isEmpty()).isTrue();
    }

    @Test
    void anHoursEntryMissingItsValueOnACallSaysWhich() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> en.hours(FixedEntry.HOURS_TODAY, Map.of("opens", "9 AM")))
                .withMessageStartingWith("[hours-today] could not be said: ");
    }

    @Test
    void theSettingsAsStaffTextSaysThemForAPreview() {
        assertThat(en.placeholders()).containsEntry("clinic.name", "Gramercy Physical Therapy")
                .containsEntry("clinic.phone", "212-598-5913").containsEntry("clinic.front_desk_number", "212-598-5913")
                .containsEntry("clinic.hours", "Monday to Friday, 8 AM to 7 PM").containsEntry("clinic.address", "")
                .containsEntry("clinic.booking_link", "");
        assertThat(es.placeholders()).containsEntry("clinic.hours", "de lunes a viernes, de 8 de la mañana a 7 de la noche");
    }

    @Test
    void aMenuOrTopicIsNamedByItsOptionElseItsTopic() {
        assertThat(en.name("faq")).isEqualTo("common questions");
        assertThat(en.name("main")).isEqualTo("general questions");
        assertThat(es.name("faq")).isEqualTo("oír preguntas frecuentes");
        assertThat(en.name("nowhere")).isEmpty();
    }

    @Test
    void hintsGiveEveryWordListsFirstPhrasesFirstWithinTwiliosLimits() {
        List<String> hints = Arrays.asList(en.hints().split(", "));
        assertThat(hints).startsWith("cost of treatment", "address", "emergency", "front desk", "go back", "goodbye", "main menu", "message", "next",
                "normal speed", "I see", "repeat", "slower", "text", "thank you", "hold on", "español");
        assertThat(hints).hasSize(Wording.MAX_HINTS).doesNotHaveDuplicates().doesNotContain("English")
                .allSatisfy(h -> assertThat(h).isNotBlank().hasSizeLessThanOrEqualTo(Wording.MAX_HINT_CHARACTERS));
        assertThat(es.hints()).startsWith("costo, dirección, emergencia, recepción, regresar, adiós, menú principal").contains("English");
    }

    @Test
    void theHintsAreEscapedOnceAsTheTemplatesWouldEscapeThem() throws Exception {
        assertThat(en.hints()).as("staff write apostrophes").contains("'");
        String escaped = en.hints().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
        assertThat(XMLOutputFormat.INSTANCE.getMarkupString(en.hintsMarkup())).isEqualTo(escaped);
    }

    @Test
    void eachPhraseOfAWordListIsTracedToItsLine() {
        List<String> phrases = en.words(FixedEntry.REPEAT_WORDS);
        List<Source> sources = en.phraseSources(FixedEntry.REPEAT_WORDS);
        assertThat(sources).hasSameSizeAs(phrases);
        EditedPrompts file = new EditedPrompts();
        assertThat(sources.get(0)).isEqualTo(new Source("prompts/en/line.txt", file.headingOf("en/line.txt", "words.repeat") + 1));
        assertThat(sources.get(phrases.indexOf("say it one more time")))
                .isEqualTo(new Source("prompts/en/line.txt", file.lineOf("en/line.txt", "say it one more time")));
        assertThat(en.phraseSources(EntryName.parse("not-a-list"))).isEmpty();
    }

    @Test
    void wordListsAreSplitOnCommasAndLines() {
        assertThat(en.words(FixedEntry.NUMBER_WORDS)).containsExactly("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine");
        assertThat(en.words(FixedEntry.REPEAT_WORDS)).startsWith("repeat", "again", "say that again").contains("I could not hear you");
        assertThat(en.words(EntryName.parse("nowhere"))).isEmpty();
        assertThat(FixedEntry.REPEAT_WORDS.isWordList()).isTrue();
        assertThat(EntryName.words("faq").isWordList()).isTrue();
        assertThat(EntryName.parse("faq-words-of-wisdom").isWordList()).isFalse();
    }

    @Test
    void answersHaveTheirPartsAndPhoneNumbersAreReadDigitByDigit() {
        assertThat(en.parts(EntryName.passage("session"))).hasSize(2);
        assertThat(en.has(EntryName.passage("session"))).isTrue();
        assertThat(en.has(EntryName.parse("nowhere"))).isFalse();
        assertThat(en.say(EntryName.parse("nowhere")).isEmpty()).isTrue();
        assertThat(en.parts(EntryName.parse("nowhere"))).isEmpty();
        assertThat(en.say(EntryName.passage("faq-start")).segments()).extracting(Speech.Segment::kind)
                .containsExactly(Speech.Kind.TEXT, Speech.Kind.PHONE, Speech.Kind.TEXT);
        assertThat(en.say(EntryName.passage("faq-start")).segments().get(1).text()).isEqualTo("212-598-5913");
    }

    @Test
    void theTextMessageKeepsItsLinesAndLeavesOutWhatIsNotSet() {
        assertThat(en.say(FixedEntry.TEXT_MESSAGE).writtenText()).isEqualTo("Gramercy Physical Therapy\nOpen Monday to Friday,"
                + " 8 AM to 7 PM.\nBook online:\nCall us: 212-598-5913");
    }

    @Test
    void everyEntryStaffWroteIsKnownWithWhereItIs() {
        assertThat(en.written()).contains(FixedEntry.OPTION, FixedEntry.REPEAT_WORDS, FixedEntry.WELCOME, EntryName.topic("faq"));
        assertThat(en.entries()).contains(FixedEntry.WELCOME).doesNotContain(FixedEntry.OPTION, FixedEntry.REPEAT_WORDS);
        assertThat(en.source(FixedEntry.WELCOME)).hasValue(new Source("prompts/en/line.txt",
                new EditedPrompts().lineOf("en/line.txt", "Thank you for calling ${clinic.name}.")));
        assertThat(en.source(EntryName.parse("nowhere"))).isEmpty();
        assertThat(en.typed(EntryName.parse("nowhere"))).isEmpty();
        assertThat(en.language()).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsAnsweredInTheFirstOne() {
        assertThat(shipped.wording("fr").language()).isEqualTo("en");
        assertThat(shipped.voice("fr").voice()).isEqualTo("Polly.Joanna-Neural");
        assertThat(shipped.voice("es").voice()).isEqualTo("Polly.Lupe-Neural");
    }

    @Test
    void aTopicMayBeNamedForTheWhisperByItsOwnEntry() {
        Prompts edited = new EditedPrompts().edit("en/desk.txt", "[faq.topic]", "[hours.topic]\nthe opening hours\n\n"
                + "[session.topic]\na first session\n\n[faq.topic]").load();
        assertThat(edited.wording("en").whisper("hours").plainText()).contains("asking about the opening hours.");
        assertThat(edited.wording("en").whisper("session").plainText()).contains("asking about a first session.");
    }

    @Test
    void aPhraseLongerThanTwilioTakesIsLeftOutOfTheHints() {
        String longest = "a".repeat(Wording.MAX_HINT_CHARACTERS);
        Wording edited = new EditedPrompts().edit("en/line.txt", "[words.repeat]\n", "[words.repeat]\n" + longest + "\n"
                + longest + "b\n").load().wording("en");
        assertThat(edited.words(FixedEntry.REPEAT_WORDS)).startsWith(longest, longest + "b");
        assertThat(edited.hints().split(", ")).contains(longest).doesNotContain(longest + "b");
    }
}
