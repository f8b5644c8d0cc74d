package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every answer the shipped prompts can give, the front desk's included, renders and passes the checker. */
class RehearsalTest {

    final Prompts prompts = TestLine.load(TestLine.SHIPPED_PROMPTS);

    @Test
    void theShippedPromptsHaveNoProblems() {
        assertThat(Rehearsal.problems(prompts)).isEqualTo(List.of());
    }

    @Test
    void everyKindOfSpokenStepIsRehearsed() {
        Map<String, Step> steps = Rehearsal.steps(prompts);
        Set<Class<?>> kinds = steps.values().stream().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> kind : Step.class.getPermittedSubclasses()) {
            if (kind != Step.SendText.class) { // sent by the line, never said
                assertThat(kinds).as(kind.getSimpleName() + " is not rehearsed").contains(kind);
            }
        }
        assertThat(steps.values().stream().anyMatch(s -> s instanceof Step.Answer a && a.textOffer())).isTrue();
    }

    @Test
    void everyMenuIsRehearsedAfterEverythingACallerMayHaveHeardBeforeIt() {
        Map<String, Step> steps = Rehearsal.steps(prompts);
        for (String language : List.of("en", "es")) {
            for (String pace : List.of("", " slow")) {
                for (String menu : List.of("main", "faq")) {
                    for (Step.Lead.Kind kind : Step.Lead.Kind.values()) {
                        String name = language + pace + " " + menu + " (" + kind.name().toLowerCase() + ")";
                        if (kind == Step.Lead.Kind.AFTER_MISSES) {
                            assertThat(steps).as("a caller who missed three times is put through").doesNotContainKey(name);
                            continue;
                        }
                        assertThat(steps.get(name)).as(name).isEqualTo(new Step.Menu(CallState.start(language)
                                .withSlow(!pace.isEmpty()).at(menu), new Step.Lead(kind, kind == Step.Lead.Kind.INVALID_KEY
                                ? "6" : "")));
                    }
                }
            }
        }
        assertThat(steps.get("first answer")).isEqualTo(prompts.flow().start());
        assertThat(steps.get("first answer (closed today)")).isInstanceOfSatisfying(Step.Menu.class, menu -> {
            assertThat(menu.lead().kind()).isEqualTo(Step.Lead.Kind.WELCOME);
            assertThat(menu.closedToday()).hasValueSatisfying(today -> assertThat(today.closure()).isPresent());
        });
        assertThat(steps).containsKey("first answer (closed today, with a reason)");
    }

    @Test
    void everyPartOfEveryAnswerIsRehearsedAndTheLastWithTheTextOffer() {
        Map<String, Step> steps = Rehearsal.steps(prompts);
        CallState en = CallState.start("en");
        for (String lead : List.of("none", "silence", "invalid_key")) {
            Step.Lead said = new Step.Lead(Step.Lead.Kind.valueOf(lead.toUpperCase()), "#");
            assertThat(steps.get("en what-it-is part 4 (" + lead + ")")).isEqualTo(new Step.Answer(en.at("what-it-is")
                    .atPart(4), said, 4, ""));
            assertThat(steps.get("es slow faq-start part 1 (" + lead + ")")).as("1 goes back to the submenu")
                    .isEqualTo(new Step.Answer(CallState.start("es").withSlow(true).at("faq-start").atPart(1), said, 1, "1"));
        }
        assertThat(steps).containsKey("en what-it-is part 1 (none)").doesNotContainKey("en what-it-is part 5 (none)")
                .doesNotContainKey("en what-it-is part 0 (none)")
                .as("the hours are said from the settings").doesNotContainKey("en hours part 1 (none)");
        assertThat(steps.get("en session (with the text offer)")).isEqualTo(new Step.Answer(en.at("session").atPart(2),
                Step.Lead.NONE, 2, "", true));
        assertThat(steps.get("es faq-avoid (with the text offer)")).isEqualTo(new Step.Answer(CallState.start("es")
                .at("faq-avoid").atPart(1), Step.Lead.NONE, 1, "1", true));
    }

    @Test
    void theFrontDeskTheMessageTheHoursAndTheWhisperAreRehearsedEveryWay() {
        Map<String, Step> steps = Rehearsal.steps(prompts);
        CallState en = CallState.start("en");
        PhoneNumber desk = prompts.frontDeskNumber().orElseThrow();
        assertThat(steps.get("en front desk")).isInstanceOfSatisfying(Step.FrontDesk.class, step -> {
            assertThat(step.number()).isEqualTo(desk);
            assertThat(step.lead()).isEqualTo(Step.Lead.NONE);
        });
        assertThat(steps.get("es slow front desk (after misses)")).isInstanceOfSatisfying(Step.FrontDesk.class, step -> {
            assertThat(step.lead().kind()).isEqualTo(Step.Lead.Kind.AFTER_MISSES);
            assertThat(step.state().slow()).isTrue();
        });
        for (String lead : List.of("desk_closed", "front_desk_missed", "front_desk_unavailable", "recording_empty",
                "message_not_saved", "none", "silence", "invalid_key", "invalid_choice", "not_understood")) {
            for (boolean tryAgain : List.of(true, false)) {
                assertThat(steps.get("en message offer (" + lead + (tryAgain ? ", try again" : "") + ")")).isEqualTo(
                        new Step.MessageOffer(en, new Step.Lead(Step.Lead.Kind.valueOf(lead.toUpperCase()), "6"), tryAgain,
                                Rehearsal.SAMPLE_DAYS.get(0), Rehearsal.SAMPLE_CALLBACK));
            }
        }
        for (int day = 0; day < Rehearsal.SAMPLE_DAYS.size(); day++) {
            OpeningHours.Today today = Rehearsal.SAMPLE_DAYS.get(day);
            assertThat(steps.get("es message offer (desk closed, day " + (day + 1) + ")")).isEqualTo(new Step.MessageOffer(
                    CallState.start("es"), Step.Lead.of(Step.Lead.Kind.DESK_CLOSED), false, today, Rehearsal.SAMPLE_CALLBACK));
            assertThat(steps.get("en hours (silence, day " + (day + 1) + ")")).isEqualTo(new Step.Hours(en.at("hours"),
                    Step.Lead.of(Step.Lead.Kind.SILENCE), today));
            assertThat(steps.get("en slow hours (none, day " + (day + 1) + ")")).isEqualTo(new Step.Hours(
                    en.withSlow(true).at("hours"), Step.Lead.NONE, today));
        }
        for (String node : List.of("main", "faq", "what-it-is", "hours", "faq-start", "front-desk")) {
            assertThat(steps.get("en confirm (" + node + ")")).isEqualTo(new Step.Confirm(en.asking(node), Step.Lead.NONE));
        }
        assertThat(steps.get("en confirm (directions)")).isEqualTo(new Step.Confirm(en.asking("front-desk"),
                Step.Lead.of(Step.Lead.Kind.DIRECTIONS)));
        assertThat(steps.get("es confirm (ask_the_desk)")).isEqualTo(new Step.Confirm(CallState.start("es")
                .asking("front-desk"), Step.Lead.of(Step.Lead.Kind.ASK_THE_DESK)));
        assertThat(steps.get("en voicemail")).isInstanceOf(Step.Voicemail.class);
        assertThat(steps.get("en message taken (today)")).isInstanceOfSatisfying(Step.MessageTaken.class, step ->
                assertThat(step.callback().when()).isEqualTo(OpeningHours.Callback.When.TODAY));
        assertThat(steps.get("en message taken (tomorrow)")).isInstanceOfSatisfying(Step.MessageTaken.class, step ->
                assertThat(step.callback().when()).isEqualTo(OpeningHours.Callback.When.TOMORROW));
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(steps.get("es message taken (" + day.name().toLowerCase() + ")")).isInstanceOfSatisfying(
                    Step.MessageTaken.class, step -> assertThat(step.callback()).isEqualTo(new OpeningHours.Callback(
                            OpeningHours.Callback.When.ON_DAY, day)));
        }
        for (String node : List.of("main", "faq", "what-it-is", "hours", "faq-start")) {
            assertThat(steps.get("en whisper (" + node + ")")).isEqualTo(new Step.Whisper(en.at(node)));
        }
        assertThat(steps.get("es whisper accepted")).isEqualTo(new Step.Connect(CallState.start("es")));
        assertThat(steps.get("en slow goodbye")).isEqualTo(new Step.Goodbye(en.withSlow(true)));
    }

    @Test
    void aDayStaffClosedIsWelcomedWithAndWithoutAReason() {
        Map<String, Step> steps = Rehearsal.steps(prompts);
        assertThat(steps.get("first answer (closed today)")).isInstanceOfSatisfying(Step.Menu.class, menu ->
                assertThat(menu.closedToday().orElseThrow().closure().orElseThrow().reasons()).isEmpty());
        assertThat(steps.get("first answer (closed today, with a reason)")).isInstanceOfSatisfying(Step.Menu.class, menu ->
                assertThat(menu.closedToday().orElseThrow().closure().orElseThrow().reasons()).containsKeys("en", "es"));
    }
}
