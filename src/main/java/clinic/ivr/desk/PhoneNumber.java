package clinic.ivr.desk;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as the line meets it: what Twilio gave (which may be "anonymous", a short code or a
 * SIP address), what staff wrote in the settings, or what the line dials. Every rule about numbers
 * lives here: the E.164 form Twilio dials, whether two numbers are the same line, whether one can get
 * a text, how it is read out, and how it is masked in logs. Its {@link #toString} is masked, so a
 * number logged by mistake shows no more than the logs may.
 */
public final class PhoneNumber {

    /** No number at all: Twilio gave none, or staff left it out. */
    public static final PhoneNumber NONE = new PhoneNumber("");

    /** A plus sign, the country code and the number, nothing else: the only form Twilio dials. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    /** A full international number: at least 10 digits, which leaves out short codes and Twilio's placeholders. */
    private static final Pattern FULL = Pattern.compile("\\+[1-9][0-9]{9,14}");
    /** North American numbers: area code and exchange never start with 0 or 1. */
    private static final Pattern NANP = Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{6}");
    private static final Pattern US = Pattern.compile("\\+1[0-9]{10}");
    /** What a phone can dial from a link: digits, with a plus for an international number. */
    private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9]{3,15}");
    private static final Set<String> NOT_MOBILE_AREA_CODES = Set.of("800", "833", "844", "855", "866", "877", "888", "900");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    /** Seven digits or more in a row: a phone number, whatever surrounds it (a SIP address, %2B, a query). */
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{7,}");
    /** What a person types for a number: digits with any of the usual separators, at least three digits. */
    private static final Pattern TYPED = Pattern.compile("[+(]?[0-9][0-9 ().\\-]*");
    private static final int TYPED_MIN_DIGITS = 3;
    /** The caller's number or identity as the line's own URLs carry it. */
    private static final Pattern CALLER_PARAM = Pattern.compile("([?&]caller=)([^&#]*)");

    private final String text;

    private PhoneNumber(String text) {
        this.text = text;
    }

    /** A number as it was given, trimmed; null or blank is {@link #NONE}. */
    public static PhoneNumber of(String text) {
        return text == null || text.isBlank() ? NONE : new PhoneNumber(text.trim());
    }

    /** The number when it is in E.164 form, such as +12125985913; else empty. */
    public static Optional<PhoneNumber> e164(String text) {
        PhoneNumber number = of(text);
        return number.isE164() ? Optional.of(number) : Optional.empty();
    }

    /** The number as given, for TwiML and the message store: never for a log. */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean isE164() {
        return E164.matcher(text).matches();
    }

    /**
     * What is wrong with a number staff gave the line to dial or say, in plain words ("has 9 digits after
     * +1; ..."); empty when it is a whole number in E.164 form.
     */
    public Optional<String> mistake() {
        if (!isE164()) {
            return Optional.of("is not a phone number in E.164 form: a plus sign, the country code and the number,"
                    + " no spaces, such as +12125985913");
        }
        if (text.startsWith("+1") && !US.matcher(text).matches()) {
            return Optional.of("has " + (text.length() - 2) + " digits after +1; a number in the US or Canada has 10"
                    + " (the area code, then the number), such as +12125985913");
        }
        return Optional.empty();
    }

    /** Two numbers are the same line when their digits are ("+1 (212) 598-5913" is "+12125985913"). */
    public boolean sameLine(PhoneNumber other) {
        String digits = digits();
        return !digits.isEmpty() && digits.equals(other.digits());
    }

    private String digits() {
        return NOT_DIGIT.matcher(text).replaceAll("");
    }

    /**
     * Whether the number looks like one that can receive a text message. Without a paid lookup a landline
     * cannot be told from a mobile, so this only rules out what surely cannot: hidden numbers ("anonymous",
     * "restricted"), short codes, local forms, toll-free and premium numbers.
     */
    public boolean canReceiveTexts() {
        if (!FULL.matcher(text).matches()) {
            return false;
        }
        if (text.startsWith("+1")) {
            return NANP.matcher(text).matches() && !NOT_MOBILE_AREA_CODES.contains(text.substring(2, 5));
        }
        return true;
    }

    /** A phone can dial it from a link (tel:): digits only, or a plus and digits. */
    public boolean isDialable() {
        return DIALABLE.matcher(text).matches();
    }

    /** How it is read out: US numbers as 212-598-5913 (in threes and fours), others as written. */
    public String spoken() {
        if (US.matcher(text).matches()) {
            return text.substring(2, 5) + "-" + text.substring(5, 8) + "-" + text.substring(8);
        }
        return text;
    }

    /**
     * The digits of a number as a person types it to look for it ("212-555-0147", "(212) 555 0147",
     * "+1 212 555 0147", "5550147"), or empty when the text is not a number. Numbers are kept as Twilio
     * gives them (+12125550147), so any such run of digits is found inside them.
     */
    public static Optional<String> typedDigits(String typed) {
        String t = typed == null ? "" : typed.trim();
        if (!TYPED.matcher(t).matches()) {
            return Optional.empty();
        }
        String digits = NOT_DIGIT.matcher(t).replaceAll("");
        return digits.length() >= TYPED_MIN_DIGITS ? Optional.of(digits) : Optional.empty();
    }

    /** For logs: enough to tell calls apart, not enough to identify a patient ("+1******5913"). */
    public String masked() {
        if (text.isEmpty()) {
            return "-";
        }
        if (text.length() < 8) {
            return "***";
        }
        int keepStart = text.startsWith("+") ? 2 : 0;
        return text.substring(0, keepStart) + "*".repeat(text.length() - keepStart - 4) + text.substring(text.length() - 4);
    }

    /** A number as given, masked for logs. */
    public static String mask(String number) {
        return of(number).masked();
    }

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
        return DIGIT_RUN.matcher(callerHidden).replaceAll(m -> "*".repeat(m.group().length() - 4)
                + m.group().substring(m.group().length() - 4));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Masked: a number that reaches a log by way of a string shows no more than the logs may. */
    @Override
    public String toString() {
        return masked();
    }
}
