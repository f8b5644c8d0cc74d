package clinic.ivr.twiml;

import clinic.ivr.flow.PhoneNumber;
import java.util.Optional;

/**
 * The answer when anything goes wrong: an apology and the front desk, in plain TwiML built here so
 * it cannot fail the way a template or a prompts file can. The one place spoken words live in Java.
 */
public final class Fallback {

    private Fallback() {}

    /**
     * @param frontDesk the number to ring, when one is known and is not the number the caller dialled
     * @param spanish   the caller was using the Spanish line
     */
    public static String twiml(Optional<String> frontDesk, boolean spanish) {
        String voice = spanish ? "Polly.Lupe-Neural" : "Polly.Joanna-Neural";
        String language = spanish ? "es-US" : "en-US";
        String say = "<Say voice=\"" + voice + "\" language=\"" + language + "\">";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n");
        String number = frontDesk.filter(PhoneNumber::isE164).orElse(null);
        if (number != null) {
            xml.append("  ").append(say).append(spanish
                    ? "Lo sentimos, nuestro menú telefónico tiene un problema. Le comunicamos con la recepción."
                    : "Sorry, our phone menu has a problem. Let me put you through to the front desk.")
                    .append("</Say>\n");
            xml.append("  <Dial timeout=\"20\">").append(number).append("</Dial>\n");
            xml.append("  ").append(say).append(spanish
                    ? "Nadie pudo contestar. Por favor, llame más tarde. Adiós."
                    : "No one could answer just now. Please call again later. Goodbye.").append("</Say>\n");
        } else {
            xml.append("  ").append(say).append(spanish
                    ? "Lo sentimos, nuestro menú telefónico tiene un problema. Por favor, llame más tarde. Adiós."
                    : "Sorry, our phone menu has a problem. Please call again later. Goodbye.").append("</Say>\n");
        }
        xml.append("  <Hangup/>\n</Response>\n");
        return xml.toString();
    }
}
