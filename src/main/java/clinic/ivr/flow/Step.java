package clinic.ivr.flow;

import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.Recording;
import java.util.Optional;

/**
 * What the line does next on a call: the decision the flow makes, before any words are chosen.
 *
 * <p>Whatever acts on a step does so through a {@link Visitor}, one method per kind: a new kind of step
 * does not compile until every visitor (the words and template of each kind, the call log's name for
 * it) says what to do with it.
 */
public sealed interface Step {

    CallState state();

    <R> R accept(Visitor<R> visitor);

    /** What the caller gets, as the call log and the call records name it: "menu", "answer", "front-desk" ... */
    default String kind() {
        return accept(StepKinds.NAMES);
    }

    /** One method per kind of step. */
    interface Visitor<R> {
        R menu(Menu step);

        R answer(Answer step);

        R hours(Hours step);

        R confirm(Confirm step);

        R frontDesk(FrontDesk step);

        R messageOffer(MessageOffer step);

        R voicemail(Voicemail step);

        R messageTaken(MessageTaken step);

        R whisper(Whisper step);

        R connect(Connect step);

        R sendText(SendText step);

        R goodbye(Goodbye step);
    }

    /** What is said before the step's own words: the steps with a lead give theirs (the record's component). */
    default Lead lead() {
        return Lead.NONE;
    }

    /** Seconds of silence after the prompt before the line counts it as no answer. */
    default int waitSeconds() {
        return Flow.BASE_WAIT_SECONDS + Flow.EXTRA_WAIT_SECONDS * state().patience();
    }

    /**
     * Say a menu and wait for a choice.
     *
     * @param closedToday on a day staff closed the clinic, said after the welcome: why, and when it opens again
     */
    record Menu(CallState state, Lead lead, Optional<OpeningHours.Today> closedToday) implements Step {

        public Menu(CallState state, Lead lead) {
            this(state, lead, Optional.empty());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.menu(this);
        }
    }

    /**
     * Say one part of an answer, then wait; after the last part, offer what to do next.
     *
     * @param parts how many parts the answer has in the caller's language
     * @param back  the key that returns to the submenu the answer belongs to, empty when it belongs to
     *              the main menu
     * @param textOffer after the last part, offer the clinic's address and booking link by text message
     */
    record Answer(CallState state, Lead lead, int parts, String back, boolean textOffer) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.answer(this);
        }

        public Answer(CallState state, Lead lead, int parts, String back) {
            this(state, lead, parts, back, false);
        }

        public boolean lastPart() {
            return state.part() >= parts;
        }

        @Override
        public int waitSeconds() {
            // between parts, a short pause then the answer goes on by itself, unless the caller asked the line to wait
            return lastPart() || lead.kind() == Lead.Kind.WAIT ? Step.super.waitSeconds() : Flow.BETWEEN_PARTS_SECONDS;
        }
    }

    /**
     * The clinic's hours as a caller asking now hears them, then what to do next, as after an answer.
     *
     * @param today whether the desk is open now, today's hours and name, when it opens next
     */
    record Hours(CallState state, Lead lead, OpeningHours.Today today) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hours(this);
        }
    }

    /**
     * One short question when the line is not sure what the caller meant, or before putting them
     * through: "Do you want to hear whether it hurts? Say yes, or press 1." What it asks about rides in
     * the state ({@link CallState#ask()}).
     */
    record Confirm(CallState state, Lead lead) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.confirm(this);
        }
    }

    /**
     * Ring the front desk; the staff member who picks up first hears what the caller was asking about.
     *
     * @param callerId the number shown to staff: the clinic's line the caller dialled; none to leave Twilio's
     */
    record FrontDesk(CallState state, Lead lead, PhoneNumber number, PhoneNumber callerId) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.frontDesk(this);
        }

        public FrontDesk(CallState state, Lead lead, PhoneNumber number) {
            this(state, lead, number, PhoneNumber.NONE);
        }
    }

    /**
     * The front desk cannot take the call (closed, no answer, busy): say why and offer to leave a
     * message. Never rings an empty desk.
     *
     * @param tryAgain the desk is open, so the caller may also try ringing it again
     * @param today    the hours as of now, said when the desk is closed: today's hours, when it opens again
     * @param callback when a message left now is returned, said when the caller asked about the message
     */
    record MessageOffer(CallState state, Lead lead, boolean tryAgain, OpeningHours.Today today,
                        OpeningHours.Callback callback) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.messageOffer(this);
        }
    }

    /**
     * Record a message: instructions, a beep, the recording.
     *
     * @param caller      the caller's number, stored with the message even if they hang up while speaking
     * @param noticeFirst the emergency notice before the instructions: the message was asked for in the line's other
     *                    language, whose welcome (and its notice) the caller has not heard
     */
    record Voicemail(CallState state, PhoneNumber caller, boolean noticeFirst) implements Step {

        public Voicemail(CallState state, PhoneNumber caller) {
            this(state, caller, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.voicemail(this);
        }
    }

    /** The message is saved: thank the caller, say when the clinic will call back, goodbye. */
    record MessageTaken(CallState state, Recording recording, OpeningHours.Callback callback) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.messageTaken(this);
        }
    }

    /**
     * Said privately to the staff member who answers, before the caller is put through: the call's
     * topic, and press any key to accept (so a personal voicemail cannot swallow the call).
     */
    record Whisper(CallState state) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.whisper(this);
        }
    }

    /** The staff member accepted: put the caller through. */
    record Connect(CallState state) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.connect(this);
        }
    }

    /**
     * Send the caller a text with the clinic's address and booking link. Not said: the line sends it,
     * then the flow tells the caller how it went ({@link Flow#afterText}).
     */
    record SendText(CallState state, PhoneNumber to) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sendText(this);
        }
    }

    /** Say goodbye and end the call. */
    record Goodbye(CallState state) implements Step {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.goodbye(this);
        }
    }

    /**
     * What the caller hears first, before the menu or answer, and why.
     *
     * @param noticeFirst the emergency notice before the reason: the call has just gone on in the line's other
     *                    language, whose welcome (and its notice) the caller has not heard; always so for
     *                    {@link Kind#OTHER_LANGUAGE}
     */
    record Lead(Kind kind, String key, boolean noticeFirst) {

        public Lead {
            noticeFirst = noticeFirst || kind == Kind.OTHER_LANGUAGE;
        }

        public Lead(Kind kind, String key) {
            this(kind, key, false);
        }

        /** This reason, the emergency notice said before it when {@code asked} said it. */
        public Lead afterTheNoticeOf(Lead asked) {
            return asked.noticeFirst() ? new Lead(kind, key, true) : this;
        }

        public enum Kind {
            NONE, WELCOME, INVALID_KEY, INVALID_CHOICE, NOT_UNDERSTOOD, SILENCE, PROBLEM,
            SLOWER_NOW, NORMAL_PACE_NOW, FRONT_DESK_UNAVAILABLE, FRONT_DESK_MISSED, AFTER_MISSES,
            DESK_CLOSED, RECORDING_EMPTY, MESSAGE_NOT_SAVED, TEXT_SENT, TEXT_FAILED,
            /** "The front desk can answer that." */
            ASK_THE_DESK,
            /** who the front desk is: the caller asked, at the question whether to be put through; then it again */
            WHO_THE_DESK_IS,
            /** the clinic's address when it is set, and that the front desk can give directions */
            DIRECTIONS,
            /** "Take your time. I'll wait.": the caller asked the line to wait, and it listens again, saying no more */
            WAIT,
            /** "You're welcome.": the caller said thank you; then the choices, in short */
            THANKS,
            /** nothing: the caller only said "okay"; the choices, in short */
            ACKNOWLEDGED,
            /** the emergency notice: the caller said it is an emergency; then the choices, in short */
            EMERGENCY,
            /** when the clinic calls back: the caller asked about the message at the offer to leave one */
            CALLBACK,
            /**
             * the emergency notice, then the menu, the answer or the question in full: the caller asked for it in the
             * line's other language, whose welcome (and its notice) they have not heard
             */
            OTHER_LANGUAGE;

            /**
             * Whether only the choices follow, not the menu's words or the answer again: after silence, thanks, an
             * okay or an emergency.
             */
            public boolean choicesInShort() {
                return this == SILENCE || this == THANKS || this == ACKNOWLEDGED || this == EMERGENCY;
            }
        }

        public static final Lead NONE = of(Kind.NONE);

        public static Lead of(Kind kind) {
            return new Lead(kind, "");
        }
    }
}
