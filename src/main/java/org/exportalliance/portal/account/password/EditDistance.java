package org.exportalliance.portal.account.password;

/** Levenshtein distance over code points, for telling a password that is an account fact slightly varied. */
final class EditDistance {

    private EditDistance() {}

    /** Whether {@code a} becomes {@code b} with at most {@code limit} insertions, deletions or substitutions. */
    static boolean atMost(String a, String b, int limit) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > limit) {
            return false;
        }
        return distance(x, y) <= limit;
    }

    static int distance(int[] x, int[] y) {
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
