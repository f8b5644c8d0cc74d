package clinic.ivr.line;

/** Phone numbers in logs: enough to tell calls apart, not enough to identify a patient. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

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
