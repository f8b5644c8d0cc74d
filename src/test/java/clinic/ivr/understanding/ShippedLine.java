package clinic.ivr.understanding;

import clinic.ivr.flow.Call;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Step;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The shipped line as the measured phrase sets hear it: words said at a moment of a call (recognized with confidence
 * 0.9), each different question worked out once a run. The line does the same with the same words at the same moment
 * of the same call, and the sets say many phrases more than once ("yes", "no thanks", "what"), about 46,000 different
 * of 78,000; every phrase is still judged, against its own label.
 */
final class ShippedLine {

    static final Flow FLOW = HeldOutPhrasesTest.SHIPPED.flow();

    /** One question put to the line: which of its methods, at which moment, the words, the call. */
    private record Asked(String method, CallState state, String words, Call call) {}

    private static final Map<Asked, Object> ANSWERED = new ConcurrentHashMap<>();

    private ShippedLine() {}

    /** What the line says next to these words at this moment of the call. */
    static Step next(CallState state, String words, Call call) {
        return once(new Asked("next", state, words, call), () -> FLOW.next(state, said(words), call));
    }

    /** What the line says next to these words at the offer of a message, the front desk not answering. */
    static Step atDesk(CallState state, String words, Call call) {
        return once(new Asked("atDesk", state, words, call), () -> FLOW.atDesk(state, said(words), call));
    }

    /** What the line understands of these words at this moment. */
    static Heard hear(CallState state, String words) {
        return once(new Asked("hear", state, words, null), () -> FLOW.hear(state, said(words)));
    }

    /** Forgets every answer, so that the next phrases are heard afresh (for timing the hearing itself). */
    static void forget() {
        ANSWERED.clear();
    }

    private static Input said(String words) {
        return Input.said(words, 0.9);
    }

    @SuppressWarnings("unchecked")
    private static <T> T once(Asked asked, Supplier<T> answer) {
        Object known = ANSWERED.get(asked);
        if (known == null) {
            // not computeIfAbsent: hearing takes long, and would hold up other threads asking of the same bin
            known = answer.get();
            ANSWERED.putIfAbsent(asked, known);
        }
        return (T) known;
    }
}
