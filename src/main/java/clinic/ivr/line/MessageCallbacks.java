package clinic.ivr.line;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.CallState;
import clinic.ivr.prompts.Prompts;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio's callbacks about a message: the recording status (the message is stored even when the
 * caller hung up before the Record action) and, later, the transcription. Retried callbacks are
 * merged by RecordingSid, so a message is stored once.
 */
public final class MessageCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(MessageCallbacks.class);

    private final Office office;
    private final CallRecorder calls;

    /** @param prompts the prompts in use, for the clinic's hours when a call is recorded */
    public MessageCallbacks(Office office, Supplier<Prompts> prompts) {
        this.office = office;
        this.calls = new CallRecorder(office.calls(), prompts);
    }

    /** The recording status callback; silence and failed recordings are not messages. */
    public void recording(VoiceRequest request) {
        Map<String, String> form = request.form();
        Recording recording = Recording.fromForm(form);
        if (!recording.isMessage()) {
            LOG.info("call {}: recording {} is not a message (status {}, {} s); not stored", request.callSid(),
                    recording.sid().isEmpty() ? "-" : recording.sid(), recording.status(), recording.seconds());
            return;
        }
        CallState state = CallState.fromQuery(request.query(), "");
        String caller = request.query().getOrDefault("caller", form.getOrDefault("From", ""));
        Message message = Message.recorded(recording, request.callSid(), caller, state.language(),
                state.node(), office.clock().instant());
        office.messages().record(message);
        calls.messageKept(request, caller, state.node(), message.receivedAt());
        LOG.info("call {}: message {} from {} ({} s) kept from the recording status", request.callSid(),
                recording.sid(), PhoneNumber.mask(caller), recording.seconds());
    }

    /** The transcription callback: the words of a message, attached to it. */
    public void transcription(VoiceRequest request) {
        Map<String, String> form = request.form();
        String sid = form.getOrDefault("RecordingSid", "").trim();
        if (sid.isEmpty()) {
            LOG.warn("call {}: a transcription without a RecordingSid; ignored", request.callSid());
            return;
        }
        String url = form.getOrDefault("RecordingUrl", "");
        Message message = Message.transcribed(sid, request.callSid(), form.get("From"),
                url.startsWith("https://") || url.startsWith("http://") ? url : null,
                form.get("TranscriptionText"), form.getOrDefault("TranscriptionStatus", ""), office.clock().instant());
        office.messages().record(message);
        LOG.info("call {}: transcription of message {} {}", request.callSid(), sid,
                form.getOrDefault("TranscriptionStatus", "received"));
    }
}
