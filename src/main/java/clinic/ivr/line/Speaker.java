package clinic.ivr.line;

/** Reads words aloud for the terminal phone; the default is silence. */
public interface Speaker {

    Speaker SILENT = (text, language, slow) -> { };

    /**
     * @param language the Say's language, such as en-US
     * @param slow     the caller asked for slower speech
     */
    void say(String text, String language, boolean slow);
}
