package clinic.ivr.twiml;

import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Routes;
import java.util.Optional;

/**
 * The safe answer, when anything goes wrong or no prompts can be used: the emergency notice, an
 * apology, then the front desk, or when there is no desk to ring, a message for it that is kept
 * like any other. Plain TwiML built here so it cannot fail the way a template or a prompts file can:
 * the one place spoken words live in Java.
 */
public final class Fallback {

    private Fallback() {}

    /**
     * @param frontDesk the number to ring, when one is known and is not the number the caller dialled
     * @param spanish   the caller was using the Spanish line
     * @param caller    the caller's number, kept with a message even if they hang up while speaking
     */
    public static String twiml(Optional<PhoneNumber> frontDesk, boolean spanish, String caller) {
        Words w = new Words(spanish);
        StringBuilder xml = start(w);
        String number = frontDesk.filter(PhoneNumber::isE164).map(PhoneNumber::text).orElse(null);
        if (number != null) {
            w.say(xml, spanish
                    ? "Lo sentimos, nuestro menú telefónico tiene un problema. Le comunicamos con la recepción."
                    : "Sorry, our phone menu has a problem. Let me put you through to the front desk.");
            xml.append("  <Dial timeout=\"20\">").append(number).append("</Dial>\n");
            w.say(xml, spanish
                    ? "Nadie pudo contestar. Por favor, llame más tarde. Adiós."
                    : "No one could answer just now. Please call again later. Goodbye.");
            return end(xml);
        }
        // no desk to ring: a message, recorded and kept exactly as the full line keeps one
        CallState state = CallState.start(spanish ? "es" : "en");
        w.say(xml, spanish
                ? "Lo sentimos, nuestro menú telefónico tiene un problema. Después del tono, por favor diga su nombre,"
                        + " su número de teléfono y la mejor hora para devolverle la llamada. Cuando termine, oprima la"
                        + " tecla de numeral, o simplemente cuelgue."
                : "Sorry, our phone menu has a problem. After the tone, please say your name, your phone number,"
                        + " and the best time to call you back. When you are done, press pound, or simply hang up.");
        String action = attribute(Routes.recorded(state));
        xml.append("  <Record action=\"").append(action).append("\" method=\"POST\" maxLength=\"")
                .append(TwimlRenderer.MESSAGE_MAX_SECONDS).append("\" timeout=\"")
                .append(TwimlRenderer.MESSAGE_SILENCE_SECONDS).append("\" finishOnKey=\"#\" playBeep=\"true\"")
                .append(" trim=\"trim-silence\" recordingStatusCallback=\"")
                .append(attribute(Routes.recording(state, caller == null ? "" : caller)))
                .append("\" recordingStatusCallbackMethod=\"POST\"");
        if (!spanish) {
            xml.append(" transcribe=\"true\" transcribeCallback=\"").append(attribute(Routes.transcription(state)))
                    .append('"');
        }
        xml.append("/>\n  <Redirect method=\"POST\">").append(action).append("</Redirect>\n</Response>\n");
        return xml.toString();
    }

    /** After the safe answer's recording: the message is kept. */
    public static String messageKept(boolean spanish) {
        return goodbye(spanish, "Thank you. Your message is saved for the front desk. Goodbye.",
                "Gracias. Su mensaje quedó guardado para la recepción. Adiós.");
    }

    /** After the safe answer's recording: it could not be kept, and the caller is told so. */
    public static String messageNotKept(boolean spanish) {
        return goodbye(spanish, "I am sorry, I could not save your message. Please call again later. Goodbye.",
                "Lo siento, no pude guardar su mensaje. Por favor, llame más tarde. Adiós.");
    }

    /** After the safe answer's recording: nothing was said. */
    public static String nothingRecorded(boolean spanish) {
        return goodbye(spanish, "I did not hear a message. Please call again later. Goodbye.",
                "No escuché ningún mensaje. Por favor, llame más tarde. Adiós.");
    }

    /** One sentence in the caller's language, then the call ends. */
    private static String goodbye(boolean spanish, String english, String inSpanish) {
        StringBuilder xml = new StringBuilder(HEAD);
        new Words(spanish).say(xml, spanish ? inSpanish : english);
        return end(xml);
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n";

    private static StringBuilder start(Words w) {
        StringBuilder xml = new StringBuilder(HEAD);
        w.say(xml, w.spanish() ? "Si se trata de una emergencia médica, cuelgue y marque el 911."
                : "If this is a medical emergency, hang up and dial 911.");
        return xml;
    }

    private static String end(StringBuilder xml) {
        return xml.append("  <Hangup/>\n</Response>\n").toString();
    }

    /** A URL in an attribute: the query's ampersands escaped. */
    private static String attribute(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private record Words(boolean spanish) {
        void say(StringBuilder xml, String text) {
            xml.append("  <Say voice=\"").append(spanish ? "Polly.Lupe-Neural" : "Polly.Joanna-Neural")
                    .append("\" language=\"").append(spanish ? "es-US" : "en-US").append("\">").append(text)
                    .append("</Say>\n");
        }
    }
}
