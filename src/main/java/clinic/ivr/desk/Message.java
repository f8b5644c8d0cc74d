package clinic.ivr.desk;

import java.time.Instant;

/**
 * A caller's message for the front desk. Twilio tells about one recording in several callbacks
 * (the Record action, the recording status, the transcription), each knowing part of it: fields a
 * callback does not know are null, and the store merges what it is told by {@link #recordingSid()}.
 *
 * @param id                  the store's number for it; null before it is stored
 * @param recordingSid        Twilio's RecordingSid: one message per recording, however often Twilio retries
 * @param callSid             the call it was left in
 * @param caller              the caller's number as Twilio gave it (From)
 * @param language            the language the caller used, such as "es"
 * @param topic               the menu or topic the caller was at when they asked for the front desk
 * @param receivedAt          when the line first heard of it
 * @param recordingUrl        where staff can listen to it
 * @param seconds             how long it is
 * @param transcription       Twilio's transcription, when it has arrived
 * @param transcriptionStatus "completed" or "failed", when the transcription callback came
 * @param status              new, or called back
 * @param calledBackAt        when staff marked it called back
 * @param calledBackBy        the name or initials of who called back, as they gave it
 * @param notes               what staff wrote about it
 */
public record Message(Long id, String recordingSid, String callSid, String caller, String language, String topic,
                      Instant receivedAt, String recordingUrl, Integer seconds, String transcription,
                      String transcriptionStatus, Status status, Instant calledBackAt, String calledBackBy,
                      String notes) {

    /**
     * The widest field Twilio sends that the line keeps (a SIP address or a client identity as the caller,
     * a RecordingSid): anything longer is cut here, where it comes in, so the store never refuses it.
     */
    public static final int FIELD_CHARS = 256;
    public static final int URL_CHARS = 1000;
    public static final int TRANSCRIPTION_CHARS = 10_000;
    /** Staff's notes on a message: a few sentences. */
    public static final int NOTES_CHARS = 2_000;
    /** Who called back: a name or initials. */
    public static final int NAME_CHARS = 80;

    /** Every text is cut to what the store's columns hold, whether it comes from Twilio or the journal. */
    public Message {
        recordingSid = cut(recordingSid, FIELD_CHARS);
        callSid = cut(callSid, FIELD_CHARS);
        caller = cut(caller, FIELD_CHARS);
        language = cut(language, FIELD_CHARS);
        topic = cut(topic, FIELD_CHARS);
        recordingUrl = cut(recordingUrl, URL_CHARS);
        transcription = cut(transcription, TRANSCRIPTION_CHARS);
        transcriptionStatus = cut(transcriptionStatus, FIELD_CHARS);
        calledBackBy = cut(calledBackBy, NAME_CHARS);
        notes = cut(notes, NOTES_CHARS);
    }

    public enum Status {
        NEW("new"), CALLED_BACK("called-back");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Status of(String code) {
            return CALLED_BACK.code.equals(code) ? CALLED_BACK : NEW;
        }
    }

    /** What the Record action or the recording status callback knows. */
    public static Message recorded(Recording recording, String callSid, String caller, String language, String topic,
                                   Instant at) {
        return new Message(null, recording.sid(), blankToNull(callSid), blankToNull(caller), blankToNull(language),
                blankToNull(topic), at, recording.url(), recording.seconds(), null, null, null, null, null, null);
    }

    /** What the transcription callback knows. */
    public static Message transcribed(String recordingSid, String callSid, String caller, String recordingUrl,
                                      String text, String status, Instant at) {
        return new Message(null, recordingSid, blankToNull(callSid), blankToNull(caller), null, null, at,
                blankToNull(recordingUrl), null, blankToNull(text), blankToNull(status), null, null, null, null);
    }

    /** Staff's own words, cut to what the store holds: a name, a note. */
    public static String cut(String text, int max) {
        // NUL is no character a caller says, and PostgreSQL refuses any text holding one
        String s = text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
        if (s == null || s.length() <= max) {
            return s;
        }
        // never split a surrogate pair: the store would refuse half a character
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
