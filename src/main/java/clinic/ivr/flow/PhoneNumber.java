package clinic.ivr.flow;

import java.util.regex.Pattern;

/** What the line needs to know about a phone number: its form, and whether two are the same line. */
public final class PhoneNumber {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private PhoneNumber() {}

    /** A plus sign, the country code and the number, nothing else: the only form Twilio dials. */
    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    /** Two phone numbers are the same line when their digits are. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String da = NOT_DIGIT.matcher(a).replaceAll("");
        String db = NOT_DIGIT.matcher(b).replaceAll("");
        return !da.isEmpty() && da.equals(db);
    }
}
