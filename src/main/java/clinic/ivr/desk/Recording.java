package clinic.ivr.desk;

import java.util.Map;

/**
 * A voicemail recording as Twilio reports it, in the Record action or the recording status callback.
 *
 * @param sid      RecordingSid, the same in every callback about this recording
 * @param url      RecordingUrl, empty when nothing was recorded
 * @param seconds  RecordingDuration
 * @param status   RecordingStatus ("completed", "absent", ...), empty in the Record action
 */
public record Recording(String sid, String url, int seconds, String status) {

    /** Shorter than this is a breath or a click, not a message. */
    public static final int MIN_SECONDS = 2;

    public static Recording fromForm(Map<String, String> form) {
        return new Recording(form.getOrDefault("RecordingSid", "").trim(), form.getOrDefault("RecordingUrl", "").trim(),
                seconds(form.get("RecordingDuration")), form.getOrDefault("RecordingStatus", "").trim());
    }

    /** Something was said: worth a message for staff. Silence is not stored. */
    public boolean isMessage() {
        return !sid.isEmpty() && (url.startsWith("https://") || url.startsWith("http://")) && seconds >= MIN_SECONDS
                && (status.isEmpty() || status.equals("completed"));
    }

    private static int seconds(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
