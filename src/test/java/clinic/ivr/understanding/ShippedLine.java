package clinic.ivr.understanding;

import clinic.ivr.TestLine;
import clinic.ivr.flow.Call;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The shipped line as the measured phrase sets hear it: words said at a moment of a call (recognized with confidence
 * 0.9), each different question worked out once a run. The line does the same with the same words at the same moment
 * of the same call, and the sets say many phrases more than once ("yes", "no thanks", "what"), about 46,000 different
 * of 78,000; every phrase is still judged, against its own label. Each phrase class keeps its own, and forgets it once
 * done, so the answers are not held through the rest of the run.
 */
final class ShippedLine {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final Flow FLOW = SHIPPED.flow();

    /** One question put to the line: which of its methods, at which moment, the words, the call. */
    private record Asked(String method, CallState state, String words, Call call) {}

    private final Map<Asked, Object> answered = new ConcurrentHashMap<>();

    /** What the line says next to these words at this moment of the call. */
    Step next(CallState state, String words, Call call) {
        return once(new Asked("next", state, words, call), () -> FLOW.next(state, said(words), call));
    }

    /** What the line says next to these words at the offer of a message, the front desk not answering. */
    Step atDesk(CallState state, String words, Call call) {
        return once(new Asked("atDesk", state, words, call), () -> FLOW.atDesk(state, said(words), call));
    }

    /** What the line understands of these words at this moment. */
    Heard hear(CallState state, String words) {
        return once(new Asked("hear", state, words, null), () -> FLOW.hear(state, said(words)));
    }

    /** Forgets every answer: once its class is done, and before each pass of the benchmark. */
    void forget() {
        answered.clear();
    }

    private static Input said(String words) {
        return Input.said(words, 0.9);
    }

    @SuppressWarnings("unchecked")
    private <T> T once(Asked asked, Supplier<T> answer) {
        Object known = answered.get(asked);
        if (known == null) {
            // not computeIfAbsent: hearing takes long, and would hold up other threads asking of the same bin
            known = answer.get();
            answered.putIfAbsent(asked, known);
        }
        return (T) known;
    }
}
