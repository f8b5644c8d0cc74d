package clinic.ivr.desk;

/**
 * The sound of a caller's message, as Twilio serves it.
 *
 * @param bytes       the whole file
 * @param contentType such as audio/mpeg
 */
public record RecordingAudio(byte[] bytes, String contentType) {

    /** Twilio's recordings are MP3 when asked for with the .mp3 extension. */
    public static final String MP3 = "audio/mpeg";
    /** Far more than a two-minute message at any of Twilio's bit rates: anything larger is not one. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
}
