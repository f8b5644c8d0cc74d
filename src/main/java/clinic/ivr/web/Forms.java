package clinic.ivr.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.util.Fields;

/**
 * application/x-www-form-urlencoded bodies, as Twilio and the staff pages post them, read by Jetty's
 * own parser ({@link FormFields}) within limits: UTF-8 always, a repeated name keeps its first value.
 */
public final class Forms {

    /** Twilio posts a few dozen parameters; thousands mean someone else is posting. */
    public static final int MAX_FIELDS = 200;
    /** Twilio's requests are a few kilobytes; anything much larger is not from Twilio. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** The body cannot be read as a form: bad encoding, too many fields, too long, or it stopped coming. */
    public static final class Unreadable extends Exception {
        Unreadable(Throwable cause) {
            super(cause);
        }

        /**
         * Whether the body stopped coming (slower than the line accepts, the connection idle or closed) rather than
         * came whole and malformed. Jetty hands its parser's failure over wrapped, so the whole chain is looked at.
         */
        public boolean stoppedComing() {
            for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof TimeoutException || cause instanceof EOFException) {
                    return true;
                }
            }
            return false;
        }
    }

    private Forms() {}

    /** Forms are what Twilio posts; no Content-Type at all is read as a form too, as servlet containers do. */
    public static boolean isForm(String contentType) {
        if (contentType == null) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return media.equalsIgnoreCase("application/x-www-form-urlencoded");
    }

    /**
     * The posted form. The line reads each body whole before a servlet sees it, so this never waits.
     *
     * @param maxFields the most fields accepted
     * @param maxChars  the most characters of names and values together
     */
    public static Map<String, String> body(HttpServletRequest request, int maxFields, int maxChars) throws Unreadable {
        Fields fields;
        try {
            ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
            fields = FormFields.getFields(jetty, jetty, StandardCharsets.UTF_8, maxFields, maxChars);
        } catch (RuntimeException e) {
            throw new Unreadable(e);
        }
        // Jetty counts names; a flood of one name repeated counts here too
        if (fields.stream().mapToInt(field -> field.getValues().size()).sum() > maxFields) {
            throw new Unreadable(new IllegalStateException("more than " + maxFields + " fields"));
        }
        Map<String, String> form = new LinkedHashMap<>();
        fields.forEach(field -> form.putIfAbsent(field.getName(), field.getValue()));
        return form;
    }
}
