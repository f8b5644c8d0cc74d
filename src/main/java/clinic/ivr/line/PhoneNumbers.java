package clinic.ivr.line;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phone numbers in logs: enough to tell calls apart, not enough to identify a patient. */
public final class PhoneNumbers {

    /** Seven digits or more in a row: a phone number, whatever surrounds it (a SIP address, %2B, a query). */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{7,}");
    /** The caller's number or identity as the line's own URLs carry it. */
    private static final Pattern CALLER_PARAM = Pattern.compile("([?&]caller=)([^&#]*)");

    private PhoneNumbers() {}

    /**
     * A URL for the logs: the {@code caller} parameter masked whole (it may be a SIP address or a client
     * name), and any other run of digits long enough to be a phone number masked but its last four.
     */
    public static String maskUrl(String url) {
        if (url == null) {
            return "-";
        }
        String callerHidden = CALLER_PARAM.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2).isEmpty() ? "" : "***")));
        return DIGITS.matcher(callerHidden).replaceAll(m -> "*".repeat(m.group().length() - 4)
                + m.group().substring(m.group().length() - 4));
    }

    /** "+12125985913" becomes "+1******5913"; anything short or odd is hidden entirely. */
    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "-";
        }
        String n = number.trim();
        if (n.length() < 8) {
            return "***";
        }
        int keepStart = n.startsWith("+") ? 2 : 0;
        return n.substring(0, keepStart) + "*".repeat(n.length() - keepStart - 4) + n.substring(n.length() - 4);
    }
}
