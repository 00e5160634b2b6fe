package io.talentplatform.platform.problem;

/**
 * How many single-character insertions, deletions or substitutions turn one text into another (Levenshtein): how a
 * refusal finds what the caller probably meant, a setting's name or a catalogue entry.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * How far apart two capability names are: the edit distance, except that a name found whole inside the other
     * (three characters or more) is at distance 1, as {@code systems} is to {@code distributed-systems}.
     */
    public static int betweenNames(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.length() >= 3 && b.length() >= 3 && (a.contains(b) || b.contains(a))) {
            return 1;
        }
        return between(a, b);
    }

    /** Whether a name at {@code distance} from {@code name} is close enough to suggest. */
    public static boolean closeEnough(String name, int distance) {
        return distance <= Math.max(3, name.length() / 3);
    }

    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
