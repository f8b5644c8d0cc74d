package clinic.ivr.flow;

/** What the line does next on a call: the decision the flow makes, before any words are chosen. */
public sealed interface Step {

    CallState state();

    /** Seconds of silence after the prompt before the line counts it as no answer. */
    default int waitSeconds() {
        return Flow.BASE_WAIT_SECONDS + Flow.EXTRA_WAIT_SECONDS * state().patience();
    }

    /** Say a menu and wait for a choice. */
    record Menu(CallState state, Lead lead) implements Step {}

    /**
     * Say one part of an answer, then wait; after the last part, offer what to do next.
     *
     * @param parts how many parts the answer has in the caller's language
     * @param back  the key that returns to the submenu the answer belongs to, empty when it belongs to
     *              the main menu
     */
    record Answer(CallState state, Lead lead, int parts, String back) implements Step {
        public boolean lastPart() {
            return state.part() >= parts;
        }

        @Override
        public int waitSeconds() {
            // between parts, a short pause then the answer goes on by itself
            return lastPart() ? Step.super.waitSeconds() : Flow.BETWEEN_PARTS_SECONDS;
        }
    }

    /** Ring the front desk. */
    record FrontDesk(CallState state, Lead lead, String number) implements Step {}

    /** Say goodbye and end the call. */
    record Goodbye(CallState state) implements Step {}

    /** What the caller hears first, before the menu or answer, and why. */
    record Lead(Kind kind, String key) {
        public enum Kind {
            NONE, WELCOME, INVALID_KEY, INVALID_CHOICE, NOT_UNDERSTOOD, SILENCE, PROBLEM,
            SLOWER_NOW, NORMAL_PACE_NOW, FRONT_DESK_UNAVAILABLE, FRONT_DESK_MISSED, AFTER_MISSES
        }

        public static final Lead NONE = of(Kind.NONE);

        public static Lead of(Kind kind) {
            return new Lead(kind, "");
        }
    }
}
