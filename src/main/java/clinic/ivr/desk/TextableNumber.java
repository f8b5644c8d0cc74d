package clinic.ivr.desk;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a caller's number, as Twilio gives it in From, looks like one that can receive a text
 * message. Without a paid lookup a landline cannot be told from a mobile, so this only rules out
 * what surely cannot: hidden numbers, short codes, toll-free and premium numbers.
 */
public final class TextableNumber {

    /** A full international number: at least 10 digits, which leaves out short codes and Twilio's placeholders. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{9,14}");
    /** North American numbers: area code and exchange never start with 0 or 1. */
    private static final Pattern NANP = Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{6}");
    private static final Set<String> NOT_MOBILE_AREA_CODES = Set.of("800", "833", "844", "855", "866", "877", "888", "900");

    private TextableNumber() {}

    public static boolean accepts(String number) {
        if (number == null) {
            return false;
        }
        String n = number.trim();
        if (!E164.matcher(n).matches()) {
            return false; // "anonymous", "restricted", "unknown", short codes, local forms
        }
        if (n.startsWith("+1")) {
            return NANP.matcher(n).matches() && !NOT_MOBILE_AREA_CODES.contains(n.substring(2, 5));
        }
        return true;
    }
}
