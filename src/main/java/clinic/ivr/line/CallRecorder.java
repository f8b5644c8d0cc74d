package clinic.ivr.line;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.flow.Endings;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.store.CallEvents;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what happens on a call into the events the line records: each step the caller hears (and how
 * the call ended if they hung up after it, as {@link Endings} says), a message kept, and the call's end
 * with its duration from Twilio's status callback. Hands them over without waiting.
 */
final class CallRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);

    private final CallEvents events;
    private final Supplier<Prompts> prompts;

    /** @param prompts the prompts in use, for the clinic's hours and time zone */
    CallRecorder(CallEvents events, Supplier<Prompts> prompts) {
        this.events = events;
        this.prompts = prompts;
    }

    /** The caller hears this step now. The whisper is the staff member's leg of the call: not recorded. */
    void heard(VoiceRequest request, Step step, Instant now) {
        if (!known(request) || request.route().equals(Routes.WHISPER)) {
            return;
        }
        record(() -> new CallEvent(request.callSid(), now, CallEvent.Start.at(now, hours()), Optional.of(step.kind()),
                step.state().node(), step.state().part(), step.state().language(), step.state().slow(),
                request.form().get("From"), Endings.after(request.route(), step), Optional.empty()));
    }

    /** A message was kept from Twilio's recording callback: the caller left one, even if they hung up while speaking. */
    void messageKept(VoiceRequest request, String caller, String node, Instant now) {
        if (!known(request)) {
            return;
        }
        record(() -> new CallEvent(request.callSid(), now, CallEvent.Start.at(now, hours()), Optional.empty(), node, 1,
                null, false, caller, Optional.of(new CallEnding.Where(CallEnding.MESSAGE_LEFT, node)), Optional.empty()));
    }

    /** Twilio's status callback: the call is over, and how long it took (CallDuration, in seconds). */
    void ended(VoiceRequest request, Instant now) {
        if (!known(request)) {
            return;
        }
        int seconds = seconds(request.form().get("CallDuration"));
        record(() -> new CallEvent(request.callSid(), now, CallEvent.Start.at(now.minusSeconds(seconds), hours()),
                Optional.empty(), null, 1, null, false, request.form().get("From"), Optional.empty(), Optional.of(seconds)));
    }

    /** The clinic's hours, when the line has prompts it can use. */
    private Optional<OpeningHours> hours() {
        try {
            return Optional.of(prompts.get().flow().hours());
        } catch (RuntimeException none) {
            return Optional.empty();
        }
    }

    private static boolean known(VoiceRequest request) {
        String sid = request.form().get("CallSid");
        return sid != null && !sid.isBlank();
    }

    /** Recording a call must never cost the caller their answer. */
    private void record(Supplier<CallEvent> event) {
        try {
            events.record(event.get());
        } catch (RuntimeException e) {
            LOG.warn("a call event could not be recorded: {}", e.toString());
        }
    }

    private static int seconds(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
