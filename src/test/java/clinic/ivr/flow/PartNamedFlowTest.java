package clinic.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.Prompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Callers who ask for a part of a long answer again by what it said ("what was that about holding the stretch?",
 * "repítame lo de cuánto dura la sesión"), with the shipped prompts: the line plays that part, wherever in the answer they are.
 */
class PartNamedFlowTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();
    static final Call CALL = new Call("+16465550100", "+12125550147", TestLine.OPEN, false);

    static Step say(String language, String node, int part, String words) {
        return FLOW.next(CallState.start(language).at(node).atPart(part), Input.said(words, 0.9), CALL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | session     | 2 | what was that about holding the stretch?           | 1
            en | session     | 1 | sorry, I didn't catch the part about how long it lasts | 2
            en | session     | 2 | what did you say about the evaluation              | 1
            en | what-it-is  | 4 | hang on, what was that about the machine            | 2
            en | who-it-helps| 1 | the bit about making space in the spine, say it again | 2
            es | session     | 1 | repítame lo de cuánto dura la sesión               | 2
            es | session     | 2 | otra vez la parte de acostado o sentado            | 1
            es | what-it-is  | 1 | ¿qué dijo de la máquina?                           | 2
            es | session     | 1 | perdón, no escuché cuánto tiempo dura               | 2
            es | session     | 1 | no alcancé a oír cuánto dura, repítalo              | 2
            es | what-it-is  | 1 | perdón, repítame eso de la máquina                  | 2
            """)
    void aPartNamedByWhatItSaidIsPlayedAgain(String language, String node, int at, String words, int part) {
        Step.Answer answer = assertInstanceOf(Step.Answer.class, say(language, node, at, words), words);
        assertThat(answer.state().node()).as(words).isEqualTo(node);
        assertThat(answer.state().part()).as(words).isEqualTo(part);
        assertThat(answer.state().misses()).as(words).isZero();
    }

    @Test
    void aPartToSkipIsSkippedAsThePoundKeySkipsIt() {
        assertThat(say("en", "session", 1, "skip the part about the evaluation"))
                .isEqualTo(FLOW.next(CallState.start("en").at("session"), Input.keys("#"), CALL));
    }

    /** Words no part of this answer says are heard as anywhere: insurance is the front desk's to answer. */
    @Test
    void whatNoPartSaidIsAskedAsAnywhere() {
        Step step = say("en", "session", 2, "what was that about insurance");
        assertThat(step).isNotInstanceOf(Step.Answer.class);
        assertThat(step.state().ask()).isEqualTo(CallState.FRONT_DESK);
    }
}
