package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the phone words page shows, without a server: the sections in the order callers meet them, each
 * sentence once with a label in plain words, the Listen buttons, the settings' fields, and each problem
 * next to its field and in the summary.
 */
class PhoneWordsPageModelTest {

    static final PromptFiles SHIPPED = PhoneWordsFormTest.SHIPPED;
    static final Map<String, Map<String, String>> PLACEHOLDERS = Map.of("en", Map.of("clinic.name", "Gramercy"),
            "es", Map.of("clinic.name", "Gramercy"));

    static PhoneWordsPage page(PhoneWordsForm form, Optional<Validation> checked) {
        return new PhoneWordsPage(form, checked, PLACEHOLDERS);
    }

    static PhoneWordsForm shipped() {
        return PhoneWordsForm.of(SHIPPED).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static Map<String, Object> section(Map<String, Object> model, String id) {
        return list(model.get("sections")).stream().filter(s -> s.get("id").equals(id)).findFirst().orElseThrow();
    }

    /** An entry's box as the page shows it, in whatever section and group it is. */
    static Map<String, Object> entry(Map<String, Object> model, String name) {
        return list(model.get("sections")).stream().flatMap(s -> list(s.get("groups")).stream())
                .flatMap(g -> list(g.get("entries")).stream()).filter(e -> e.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no box for " + name));
    }

    @Test
    void theSectionsFollowTheCallAndEverySentenceIsShownOnce() {
        Map<String, Object> model = page(shipped(), Optional.empty()).model();
        assertThat(list(model.get("sections"))).extracting(s -> s.get("id")).containsExactly("emergency", "welcome",
                "menu-main", "menu-faq", "every-menu", "desk", "hours-words", "phrases", "other");
        assertThat(list(model.get("sections"))).extracting(s -> s.get("title")).startsWith("Emergency notice", "Welcome",
                "Main menu", "Menu: common questions", "Sentences of every menu");
        List<Object> shown = list(model.get("sections")).stream().flatMap(s -> list(s.get("groups")).stream())
                .flatMap(g -> list(g.get("entries")).stream()).map(e -> e.get("name")).toList();
        List<String> names = shipped().words().get("en").keySet().stream().map(EntryName::text).toList();
        assertThat(shown).doesNotHaveDuplicates().containsAll(names).hasSameSizeAs(names);
        assertThat(list(section(model, "phrases").get("groups")).get(0).get("entries")).asList().isNotEmpty()
                .allSatisfy(e -> assertThat(((Map<?, ?>) e).get("name").toString()).startsWith("words."));
        assertThat(section(model, "menu-faq")).containsEntry("menu", "faq");
        assertThat(section(model, "emergency")).containsEntry("menu", "");
        assertThat(model.get("languages")).isEqualTo(List.of(Map.of("code", "en", "name", "English"),
                Map.of("code", "es", "name", "Spanish")));
        assertThat(model.get("menus")).asList().contains(Map.of("name", "faq",
                "value", "faq-results,faq-painful,faq-avoid,faq-prevent,faq-start"));
        assertThat(model).containsEntry("dayCount", "3").containsEntry("timeZone", "America/New York")
                .containsEntry("wordsPerMinute", "150").containsEntry("slowPace", String.valueOf(0.85))
                .containsEntry("summary", List.of());
    }

    @Test
    void eachOptionIsAGroupUnderItsKeyWithItsAnswerToListenToAndRemove() {
        Map<String, Object> model = page(shipped(), Optional.empty()).model();
        List<Map<String, Object>> main = list(section(model, "menu-main").get("groups"));
        assertThat(main).extracting(g -> g.get("title")).containsExactly("", "Key 1: what traction therapy is",
                "Key 2: who it helps", "Key 3: common questions", "Key 4: what happens in a session", "Key 5: our hours");
        assertThat(main).extracting(g -> g.get("remove")).containsExactly("", "what-it-is", "who-it-helps", "", "session", "");
        assertThat(main).extracting(g -> g.get("isNew")).containsOnly(false);
        assertThat(list(main.get(3).get("listens"))).as("a menu has no answer to listen to").isEmpty();
        assertThat(list(main.get(5).get("listens"))).as("nor the hours").isEmpty();
        assertThat(list(main.get(1).get("entries"))).extracting(e -> e.get("title")).containsExactly(
                "How the option is named", "What callers may say to choose it",
                "The answer (a line with only --- starts the next part)");

        Map<String, Object> listenMenu = list(main.get(0).get("listens")).get(0);
        List<Map<String, String>> buttons = list(listenMenu.get("buttons")).stream()
                .map(b -> (Map<String, String>) (Map<?, ?>) b).toList();
        assertThat(buttons).extracting(b -> b.get("label")).containsExactly("Listen to the main menu in English",
                "Listen to the main menu in Spanish");
        assertThat(buttons).extracting(b -> b.get("id")).containsExactly("listen-en-main", "listen-es-main");
        assertThat(buttons).extracting(b -> b.get("voice")).containsExactly("en-US", "es-US");
        assertThat(buttons.get(1).get("lang")).isEqualTo("es");
        assertThat(buttons.get(0).get("values")).isEqualTo("{\"clinic.name\":\"Gramercy\"}");

        Map<String, Object> listenFaq = list(list(section(model, "menu-faq").get("groups")).get(0).get("listens")).get(0);
        Map<?, ?> faqButton = (Map<?, ?>) list(listenFaq.get("buttons")).get(0);
        assertThat(faqButton.get("label")).isEqualTo("Listen to the common questions menu in English");
        Map<?, ?> answer = (Map<?, ?>) list(list(main.get(2).get("listens")).get(0).get("buttons")).get(1);
        assertThat(answer.get("label")).isEqualTo("Listen to the answer who it helps in Spanish");
        assertThat(answer.get("say")).isEqualTo("[{\"f\":\"w.es.who-it-helps\"}]");
    }

    @Test
    void listeningToAMenuSaysEachOptionWithItsKeyThenTheClosingLines() throws Exception {
        Map<String, Object> model = page(shipped(), Optional.empty()).model();
        ObjectMapper json = new ObjectMapper();
        Map<?, ?> main = (Map<?, ?>) list(list(list(section(model, "menu-main").get("groups")).get(0).get("listens")).get(0)
                .get("buttons")).get(0);
        JsonNode said = json.readTree(main.get("say").toString());
        assertThat(said).hasSize(9);
        assertThat(said.get(0).get("f").asText()).isEqualTo("w.en.option");
        assertThat(said.get(0).get("choice").asText()).isEqualTo("w.en.what-it-is.option");
        assertThat(said.get(4).get("key").asText()).isEqualTo("5");
        assertThat(said.get(5).get("f").asText()).isEqualTo("w.en.ask-anything");
        assertThat(said.get(6).get("f").asText()).isEqualTo("w.en.slower-option");
        assertThat(said.get(8).get("f").asText()).isEqualTo("w.en.repeat-option");
        Map<?, ?> faq = (Map<?, ?>) list(list(list(section(model, "menu-faq").get("groups")).get(0).get("listens")).get(0)
                .get("buttons")).get(1);
        JsonNode faqSaid = json.readTree(faq.get("say").toString());
        assertThat(faqSaid).hasSize(8);
        assertThat(faqSaid.get(5).get("f").asText()).isEqualTo("w.es.main-menu-option");
        assertThat(faqSaid.get(7).get("f").asText()).isEqualTo("w.es.repeat-option");
    }

    /** Names of the boxes of a group, as the page shows them. */
    static List<Object> names(Map<String, Object> group) {
        return list(group.get("entries")).stream().map(e -> e.get("name")).toList();
    }

    @Test
    void whatCallersMaySayOfATopicIsUnderThatTopicAndWhatTheySayAnywhereIsTogether() {
        Map<String, Object> model = page(shipped(), Optional.empty()).model();
        Map<String, Object> painful = list(section(model, "menu-faq").get("groups")).get(2);
        assertThat(painful.get("title")).isEqualTo("Key 2: whether it hurts");
        assertThat(names(painful)).containsExactly("faq-painful.option", "faq-painful.words", "faq-painful");
        assertThat(entry(model, "faq-painful.words").get("title")).isEqualTo("What callers may say to choose it");
        assertThat(names(list(section(model, "menu-main").get("groups")).get(3))).as("a submenu's own words under its key")
                .containsExactly("faq.option", "faq.words", "faq.topic", "faq.back");
        assertThat(names(list(section(model, "phrases").get("groups")).get(0))).as("the words for what every menu offers")
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(FixedEntry.values())
                        .filter(EntryName::isWordList).map(EntryName::text).toList());
        assertThat(entry(model, "words.numbers").get("title")).isEqualTo("The numbers zero to nine, as callers say them");
        assertThat(entry(model, "words.main-menu").get("title")).isEqualTo("What callers may say: main menu");
    }

    @Test
    void aMisspeltNameIsShownAsWrittenWhereItsKindBelongs() {
        PromptFiles misspelt = PhoneWordsFormTest.edited("en/line.txt", "[goodbye]",
                "[words.frontdesk]\ndesk please\n\n[faq.optoin]\nthe questions\n\n[goodbye]");
        Map<String, Object> model = page(PhoneWordsForm.of(misspelt).orElseThrow(), Optional.empty()).model();
        assertThat(names(list(section(model, "phrases").get("groups")).get(0))).as("still a list of what callers say")
                .contains("words.frontdesk");
        assertThat(entry(model, "words.frontdesk").get("title")).isEqualTo("What callers may say: frontdesk");
        assertThat(names(list(section(model, "other").get("groups")).get(0))).contains("faq.optoin");
        assertThat(entry(model, "faq.optoin").get("title")).isEqualTo("Faq optoin");
        assertThat(names(list(section(model, "menu-main").get("groups")).get(3))).doesNotContain("faq.optoin");
        Map<?, ?> spanish = (Map<?, ?>) list(entry(model, "faq.optoin").get("fields")).get(1);
        assertThat(spanish.get("id")).as("the box keeps the name as written").isEqualTo("w.es.faq.optoin");
    }

    @Test
    void aNewQuestionIsMarkedNewAndNamedSoUntilItHasWords() {
        Map<String, Object> model = page(shipped().withQuestion("faq"), Optional.empty()).model();
        Map<String, Object> added = list(section(model, "menu-faq").get("groups")).get(6);
        assertThat(added).containsEntry("title", "Key 6: a new question").containsEntry("isNew", true)
                .containsEntry("remove", "faq-6");
        assertThat(entry(model, "faq-6.option").get("title")).isEqualTo("How the option is named");
    }

    @Test
    void eachSentencesBoxHasItsLabelLanguageSizeAndNotes() {
        Map<String, Object> model = page(shipped(), Optional.empty()).model();
        Map<String, Object> emergency = entry(model, "emergency");
        assertThat(emergency).containsEntry("title", "Emergency notice").containsEntry("hintId", "hint-emergency");
        Map<?, ?> en = (Map<?, ?>) list(emergency.get("fields")).get(0);
        assertThat(en.get("id")).isEqualTo("w.en.emergency");
        assertThat(en.get("label")).isEqualTo("Emergency notice (English)");
        assertThat(en.get("language")).isEqualTo("English");
        assertThat(en.get("lang")).isEqualTo("en");
        assertThat(en.get("rows")).as("at least two rows").isEqualTo("2");
        assertThat(en.get("errors")).isEqualTo(List.of());
        Map<?, ?> answer = (Map<?, ?>) list(entry(model, "what-it-is").get("fields")).get(0);
        int lines = answer.get("value").toString().split("\n", -1).length;
        assertThat(answer.get("rows")).isEqualTo(String.valueOf(Math.min(24, lines + 1)));
        assertThat(entry(model, "words.front-desk").get("title")).isEqualTo("What callers may say: front desk");
        assertThat(entry(model, "faq.topic").get("title")).isEqualTo("How the whisper to staff names it");
        assertThat(entry(model, "faq.back").get("title")).isEqualTo("How to come back to this menu after an answer");
        assertThat(entry(model, "main.topic").get("title")).isEqualTo("How the whisper to staff names the main menu");
        assertThat(entry(model, "callback-on").get("title")).isEqualTo("Callback on");
        assertThat(entry(model, "callback-on").get("hint").toString()).contains("${day} is a day of the week");
        assertThat(entry(model, "option").get("title")).isEqualTo("How every option is said (${choice} and ${key})");

        String tall = "line\n".repeat(40);
        Map<?, ?> big = (Map<?, ?>) list(entry(page(PhoneWordsForm.posted(SHIPPED, Map.of("w.en.session", tall)).orElseThrow(),
                Optional.empty()).model(), "session").get("fields")).get(0);
        assertThat(big.get("rows")).as("at most 24 rows").isEqualTo("24");
    }

    @Test
    void theSettingsAreFieldsOfTheRightKindAndTheWeekAndSpecialDaysAreRows() {
        Map<String, Object> model = page(shipped(), Optional.empty()).model();
        List<Map<String, Object>> fields = list(model.get("clinicFields"));
        assertThat(fields).extracting(f -> f.get("id")).containsExactly("s.name", "s.phone", "s.address", "s.booking_link",
                "s.front_desk.number", "s.front_desk.ring_seconds");
        assertThat(fields).extracting(f -> f.get("type")).containsExactly("text", "tel", "text", "url", "tel", "number");
        assertThat(fields).extracting(f -> f.get("autocomplete")).containsExactly("organization", "tel",
                "street-address", "url", "tel", "off");
        assertThat(fields).extracting(f -> f.get("hint").toString().isEmpty())
                .containsExactly(true, false, true, true, false, true);
        assertThat(fields.get(4)).containsEntry("value", "+12125985913")
                .containsEntry("label", "The front desk's phone number");

        List<Map<String, Object>> week = list(model.get("week"));
        assertThat(week).extracting(d -> d.get("name")).containsExactly("Monday", "Tuesday", "Wednesday", "Thursday",
                "Friday", "Saturday", "Sunday");
        assertThat(week.get(0)).containsEntry("day", "monday").containsEntry("closed", false)
                .containsEntry("opens", "08:00").containsEntry("closes", "19:00");
        assertThat(week.get(6)).containsEntry("closed", true);

        List<Map<String, Object>> days = list(model.get("days"));
        assertThat(days).hasSize(3);
        assertThat(days.get(1)).containsEntry("index", "1").containsEntry("number", "2").containsEntry("date", "2026-12-25")
                .containsEntry("closed", true);
        assertThat(days.get(0)).containsEntry("opens", "08:00").containsEntry("closes", "13:00");
        assertThat(list(days.get(0).get("names"))).containsExactly(
                Map.of("id", "d.0.name.en", "label", "Its name in English", "lang", "en", "value", "Christmas Eve"),
                Map.of("id", "d.0.name.es", "label", "Its name in Spanish", "lang", "es", "value", "Nochebuena"));
    }

    @Test
    void eachProblemIsNextToItsFieldAndInTheSummaryLinkingToItOrAloneWhenItHasNoField() {
        PhoneWordsForm form = PhoneWordsForm.posted(SHIPPED, Map.of("w.en.goodbye", "Bye.\n# note",
                "h.monday.opens", "", "h.monday.closes", "19:00", "days", "1", "d.0.date", "2026-07-03", "d.0.closed", "on",
                "d.0.name.en", "July 4th, observed")).orElseThrow();
        Validation checked = Validation.failed(List.of(new Problem("FRONT_DESK_NUMBER", 0, "the number has 9 digits"),
                new Problem("prompts/templates/menu.ftlx", 3, "the template is broken"),
                new Problem("prompts/en/line.txt", 0, "")));
        PhoneWordsPage page = page(form, Optional.of(checked));
        assertThat(page.problems()).isEqualTo(6);
        Map<String, Object> model = page.model();
        List<Map<String, Object>> summary = list(model.get("summary"));
        assertThat(summary).contains(
                Map.of("href", "#s.front_desk.number", "text", "The front desk's phone number: The number has 9 digits"),
                Map.of("href", "", "text", "The template is broken"),
                Map.of("href", "", "text", "prompts/en/line.txt: "),
                Map.of("href", "#h.monday.opens", "text", "The hours of Monday: Give the hours of Monday: an opening and"
                        + " a closing time, or tick Closed."));
        assertThat(summary).anySatisfy(s -> assertThat(s.get("href")).isEqualTo("#w.en.goodbye"));
        assertThat(summary).anySatisfy(s -> assertThat(s.get("text").toString()).startsWith("Special day 1: A special"
                + " day's name cannot contain a comma"));
        assertThat(list(model.get("clinicFields")).get(4).get("errors")).isEqualTo(List.of("The number has 9 digits"));
        assertThat(list(model.get("week")).get(0).get("errors")).asList().hasSize(1);
        assertThat(list(model.get("days")).get(0).get("errors")).asList().hasSize(1);
        assertThat(((Map<?, ?>) list(entry(model, "goodbye").get("fields")).get(0)).get("errors")).asList().hasSize(1);
        assertThat(((Map<?, ?>) list(entry(model, "goodbye").get("fields")).get(1)).get("errors")).asList().isEmpty();
        assertThat(page.draft().typing()).containsKeys("w.en.goodbye", "h.monday.opens", "d.0.date");
    }
}
