package clinic.ivr.desk;

/** Sends a caller a text message: Twilio's Messages API in production, a mock in tests. */
public interface TextMessages {

    enum Outcome { SENT, FAILED }

    /** Whether the line can send texts at all (an account, a token and a sender are set). */
    boolean available();

    /** Sends one text; a failure is an outcome, never an exception that could break the call. */
    Outcome send(String to, String body);

    /** The line without text messages. */
    TextMessages NONE = new TextMessages() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Outcome send(String to, String body) {
            return Outcome.FAILED;
        }
    };
}
