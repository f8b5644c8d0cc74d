package clinic.ivr.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.checks.Rehearsal;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedAnswersTest {

    private final RenderedAnswers answers = new RenderedAnswers();

    @Test
    void everyStepIsAnsweredExactlyAsTheTemplatesRenderIt() throws Exception {
        Prompts prompts = TestLine.load(TestLine.SHIPPED_PROMPTS);
        for (Map.Entry<String, Step> step : Rehearsal.steps(prompts).entrySet()) {
            String direct = TwimlRenderer.render(prompts, step.getValue());
            assertThat(answers.render(prompts, step.getValue()).twiml()).as(step.getKey()).isEqualTo(direct);
            RenderedAnswers.Rendered again = answers.render(prompts, step.getValue());
            assertThat(again.twiml()).as(step.getKey() + ", asked again").isEqualTo(direct);
            assertThat(new String(again.utf8(), java.nio.charset.StandardCharsets.UTF_8)).as(step.getKey()).isEqualTo(direct);
        }
    }

    @Test
    void aNewVersionOfThePromptsIsHeardAtOnce(@TempDir Path dir) throws Exception {
        Prompts before = TestLine.load(TestLine.SHIPPED_PROMPTS);
        Step first = before.flow().start();
        assertThat(answers.render(before, first).twiml()).contains("Gramercy Physical Therapy");

        Path copy = dir.resolve("prompts");
        try (Stream<Path> files = Files.walk(TestLine.SHIPPED_PROMPTS)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, copy.resolve(TestLine.SHIPPED_PROMPTS.relativize(p).toString()));
            }
        }
        Path clinic = copy.resolve("clinic.yaml");
        Files.writeString(clinic, Files.readString(clinic).replace("Gramercy Physical Therapy", "Gramercy Traction Clinic"));
        Prompts after = TestLine.load(copy);

        String answer = answers.render(after, after.flow().start()).twiml();
        assertThat(answer).as(answer).contains("Gramercy Traction Clinic");
    }

    @Test
    void aMenuIsRenderedOnceAndAnswersThatCarryACallersDataEveryTime() throws Exception {
        Prompts prompts = TestLine.load(TestLine.SHIPPED_PROMPTS);
        Step menu = prompts.flow().start();
        assertThat(answers.render(prompts, menu)).as("kept, not rendered again").isSameAs(answers.render(prompts, menu));
        Step.FrontDesk desk = new Step.FrontDesk(CallState.start("en").at("faq"), Step.Lead.NONE,
                PhoneNumber.of("+12125985913"), PhoneNumber.of("+16465550100"));
        assertThat(answers.render(prompts, desk)).as("the desk shown the clinic's number: kept")
                .isSameAs(answers.render(prompts, desk));
        String otherLine = answers.render(prompts, new Step.FrontDesk(desk.state(), desk.lead(), desk.number(),
                PhoneNumber.of("+16465550111"))).twiml();
        assertThat(otherLine).as("another number of the clinic's, its own answer").contains("+16465550111")
                .doesNotContain("+16465550100");
        CallState state = CallState.start("en");
        String first = answers.render(prompts, new Step.Voicemail(state, PhoneNumber.of("+12125550147"))).twiml();
        String second = answers.render(prompts, new Step.Voicemail(state, PhoneNumber.of("+13475550199"))).twiml();
        assertThat(first).contains("%2B12125550147");
        assertThat(second).as("never another caller's number").contains("%2B13475550199").doesNotContain("%2B12125550147");
    }
}
