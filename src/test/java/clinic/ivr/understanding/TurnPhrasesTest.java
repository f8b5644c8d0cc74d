package clinic.ivr.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.flow.Call;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Step;
import clinic.ivr.understanding.HeldOutPhrasesTest.Labelled;
import clinic.ivr.understanding.HeldOutPhrasesTest.PhraseSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How often the line does what a caller meant at the moments it asks something or reads on, on phrases written
 * blind for each moment (src/test/resources/understanding/turns-*): the short question, where a yes is the
 * answer asked about, a no the menu, and anything unsure never a yes; the offer of a message, where a yes
 * records, a no goes to the main menu or says goodbye, and anything unsure never records; the middle of a long
 * answer, where the caller asks for the next part, a repeat, a slower pace, a moment, the menu, a person, or
 * says goodbye or thanks. A second set of each moment ({@code confirm2}, ...) was written blind later, as the
 * recognizer delivers speech, with mixed languages and regional words. Each table is written to
 * target/understanding-turns-MOMENT-LANGUAGE.txt.
 */
class TurnPhrasesTest {

    static final Flow FLOW = HeldOutPhrasesTest.SHIPPED.flow();
    /** A Sunday: the desk is closed, so the offer of a message is what a caller who asks for it hears. */
    static final Call SUNDAY = new Call("+12125550147", "+16465550100", Instant.parse("2026-03-08T15:00:00Z"), false);

    static Stream<PhraseSet> moments() throws IOException {
        List<PhraseSet> moments = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            moments.add(moment("confirm", language, 0.92));
            moments.add(moment("offer", language, 0.90));
            moments.add(moment("answer", language, 0.86));
            moments.add(moment("confirm2", language, 0.85));
            moments.add(moment("offer2", language, 0.88));
            moments.add(moment("answer2", language, 0.78));
        }
        return moments.stream();
    }

    private static PhraseSet moment(String name, String language, double required) throws IOException {
        return new PhraseSet(name, language,
                HeldOutPhrasesTest.labelled(HeldOutPhrasesTest.lines("turns-" + name + "-" + language + ".tsv")), required);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void theLineDoesWhatTheCallerMeantAtTheMoment(PhraseSet moment) throws IOException {
        List<String> missed = new ArrayList<>();
        for (Labelled phrase : moment.phrases()) {
            String done = done(moment, phrase);
            if (!done.isEmpty()) {
                missed.add(phrase.destination() + ": \"" + phrase.phrase() + "\" did " + done);
            }
        }
        double share = 1 - (double) missed.size() / moment.phrases().size();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "understanding-turns-" + moment + ".txt"), String.format(
                "%s: %d phrases, %.1f %% done as meant%nmisses:%n%s%n", moment, moment.phrases().size(), 100 * share,
                String.join("\n", missed)));
        assertThat(share).as(moment + " missed " + missed.size() + " of " + moment.phrases().size() + ": " + missed)
                .isGreaterThanOrEqualTo(moment.required());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void noMeasuredSentenceIsCopiedIntoTheExamples(PhraseSet moment) {
        HeldOutPhrasesTest.assertNoSentenceIsAnExample(moment.toString(), moment.language(), moment.phrases());
    }

    /** Nothing when the line did what the phrase's label means; else what it did. */
    private static String done(PhraseSet moment, Labelled phrase) {
        Input said = Input.said(phrase.phrase(), 0.9);
        String meant = phrase.destination();
        // the second set of a moment ("confirm2") is measured as the first
        return switch (moment.name().replaceAll("\\d+$", "")) {
            case "confirm" -> {
                Step step = FLOW.next(CallState.start(moment.language()).asking("session"), said, SUNDAY);
                boolean answered = step instanceof Step.Answer && step.state().node().equals("session");
                boolean right = switch (meant) {
                    case "yes" -> answered;
                    case "no" -> step instanceof Step.Menu;
                    default -> !answered;
                };
                yield right ? "" : describe(step);
            }
            case "offer" -> {
                Step step = FLOW.atDesk(CallState.start(moment.language()), said, SUNDAY);
                boolean right = switch (meant) {
                    case "yes" -> step instanceof Step.Voicemail;
                    case "no" -> step instanceof Step.Menu || step instanceof Step.Goodbye;
                    default -> !(step instanceof Step.Voicemail);
                };
                yield right ? "" : describe(step);
            }
            default -> {
                Heard heard = FLOW.hear(CallState.start(moment.language()).at("session"), said);
                boolean person = meant.equals("front-desk") && (heard.kind() == Heard.Kind.ASK_THE_DESK
                        || heard.kind() == Heard.Kind.MAYBE && heard.detail().isEmpty());
                yield heard.kind().name().equals(meant.toUpperCase(Locale.ROOT).replace('-', '_')) || person
                        ? "" : heard.toString();
            }
        };
    }

    private static String describe(Step step) {
        return step.getClass().getSimpleName() + " " + step.state().node() + " (" + step.lead().kind() + ")";
    }
}
