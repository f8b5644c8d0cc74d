package clinic.ivr.line;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Speaks through espeak-ng, when it is installed, one line at a time so the terminal and the voice
 * stay together. The text goes to espeak-ng as one argument, never through a shell.
 */
public final class EspeakSpeaker implements Speaker {

    private static final int WORDS_PER_MINUTE = 160;
    private static final int SLOW_WORDS_PER_MINUTE = 136;

    private final PrintStream notes;
    private boolean working = true;

    /** @param notes where to say that espeak-ng is missing, once */
    public EspeakSpeaker(PrintStream notes) {
        this.notes = notes;
    }

    @Override
    public void say(String text, String language, boolean slow) {
        if (!working || text.isBlank()) {
            return;
        }
        List<String> command = List.of("espeak-ng", "-v", voice(language),
                "-s", String.valueOf(slow ? SLOW_WORDS_PER_MINUTE : WORDS_PER_MINUTE), "--", text);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        } catch (IOException e) {
            working = false;
            notes.println("(espeak-ng is not installed, so the call is shown but not spoken."
                    + " On Debian or Ubuntu: sudo apt-get install espeak-ng)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** espeak-ng's voice for a Twilio language tag: en-US is en-us; Spanish is es. */
    static String voice(String language) {
        String tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (tag.startsWith("es")) {
            return "es";
        }
        return tag.isEmpty() ? "en-us" : tag;
    }
}
