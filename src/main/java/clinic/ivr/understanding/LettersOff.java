package clinic.ivr.understanding;

/**
 * How many letters one word is off another: added, dropped or changed (the Levenshtein distance, the
 * spelling suggester's measure), counted only as far as a near miss goes. A caller's word is held against
 * every example word of its first sound and length, and most are far off: the count stops as soon as every
 * way of lining the two words up is off by more than the most letters asked about.
 */
final class LettersOff {

    private LettersOff() {}

    /** The letters {@code a} is off {@code b} when at most {@code most}; else {@code most + 1}. */
    static int atMost(String a, String b, int most) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > most) {
            return most + 1;
        }
        int[] before = new int[n + 1];
        int[] row = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            before[i] = i;
        }
        for (int j = 1; j <= m; j++) {
            char c = b.charAt(j - 1);
            row[0] = j;
            int least = j;
            for (int i = 1; i <= n; i++) {
                int cost = a.charAt(i - 1) == c ? 0 : 1;
                row[i] = Math.min(Math.min(row[i - 1] + 1, before[i] + 1), before[i - 1] + cost);
                least = Math.min(least, row[i]);
            }
            if (least > most) {
                return most + 1; // no later row is less off than its least
            }
            int[] swap = before;
            before = row;
            row = swap;
        }
        return Math.min(before[n], most + 1);
    }
}
