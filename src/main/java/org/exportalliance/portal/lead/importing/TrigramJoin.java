package org.exportalliance.portal.lead.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The pairs of names in the same country whose pg_trgm {@code similarity()} reaches a threshold, found in memory from
 * their trigram sets as {@code show_trgm} gives them, with exactly pg_trgm's arithmetic: so the result is the one
 * {@code similarity(a, b) >= threshold} would give for every pair, without comparing every pair.
 *
 * <p>A trigram index probe costs the same whatever the other names are; here the work follows what the names share.
 * The names an import compares are short and share common words ("textile", "spinning"), so each index probe read
 * long posting lists: comparing 25,000 held buyers with 10,000 rows took 5 to 7 s in the database, about a second
 * of CPU here (measured, lead-search benchmark).
 *
 * <p>Prefix filtering (Chaudhuri et al., 2006; Bayardo et al., 2007): order every set's trigrams by how few names
 * in the country have them, rarest first. If {@code |a ∩ b| / |a ∪ b| >= t}, the pair shares at least
 * {@code o = ceil(t · max(|a|, |b|))} trigrams, and the rarest of those lies within the first {@code |x| - o + 1}
 * trigrams of each set. So a pair that shares none of its sets' prefixes cannot reach the threshold, and only pairs
 * sharing a rare trigram are counted in full.
 */
final class TrigramJoin {

    /** A name's key (a row index, a buyer id), country and trigrams, as {@code show_trgm} returns them. */
    record Named<K>(K key, String country, String[] trigrams) {}

    /** Two names whose similarity reached the threshold. */
    record Pair<A, B>(A left, B right, float score) {}

    /**
     * pg_trgm compares a float4 similarity with the threshold; a float4 may round a ratio just below it up to it.
     * Prefixes are cut for a threshold lower by this much, so that such a pair is still compared in full.
     */
    private static final double ROUNDING_SLACK = 1e-3;

    private TrigramJoin() {}

    /**
     * Every pair of a left and a right name in the same country at least {@code threshold} alike, that {@code keep}
     * accepts (a join of a list with itself keeps each pair once, e.g. the later row with the earlier one).
     */
    static <A, B> List<Pair<A, B>> pairs(List<Named<A>> left, List<Named<B>> right, double threshold,
            BiPredicate<A, B> keep) {
        Map<String, List<Named<A>>> leftByCountry = byCountry(left);
        Map<String, List<Named<B>>> rightByCountry = byCountry(right);
        List<Pair<A, B>> found = new ArrayList<>();
        leftByCountry.forEach((country, lefts) -> {
            List<Named<B>> rights = rightByCountry.get(country);
            if (rights != null) {
                joinCountry(lefts, rights, threshold, keep, found);
            }
        });
        return found;
    }

    private static <K> Map<String, List<Named<K>>> byCountry(List<Named<K>> names) {
        Map<String, List<Named<K>>> byCountry = new HashMap<>();
        names.forEach(n -> byCountry.computeIfAbsent(n.country(), c -> new ArrayList<>()).add(n));
        return byCountry;
    }

    private static <A, B> void joinCountry(List<Named<A>> lefts, List<Named<B>> rights, double threshold,
            BiPredicate<A, B> keep, List<Pair<A, B>> found) {
        Map<String, Integer> rank = rarestFirst(lefts, rights);
        int[][] rightSets = new int[rights.size()][];
        List<List<Integer>> rightsByPrefix = new ArrayList<>();
        for (int i = 0; i < rank.size(); i++) {
            rightsByPrefix.add(new ArrayList<>());
        }
        for (int r = 0; r < rights.size(); r++) {
            rightSets[r] = ranked(rights.get(r).trigrams(), rank);
            for (int i = 0; i < prefix(rightSets[r].length, threshold); i++) {
                rightsByPrefix.get(rightSets[r][i]).add(r);
            }
        }
        int[] seenBy = new int[rights.size()];
        Arrays.fill(seenBy, -1);
        for (int l = 0; l < lefts.size(); l++) {
            Named<A> name = lefts.get(l);
            int[] set = ranked(name.trigrams(), rank);
            for (int i = 0; i < prefix(set.length, threshold); i++) {
                for (int r : rightsByPrefix.get(set[i])) {
                    if (seenBy[r] == l) {
                        continue;
                    }
                    seenBy[r] = l;
                    if (!lengthsAllow(set.length, rightSets[r].length, threshold)) {
                        continue;
                    }
                    float score = similarity(set, rightSets[r]);
                    if (score >= threshold && keep.test(name.key(), rights.get(r).key())) {
                        found.add(new Pair<>(name.key(), rights.get(r).key(), score));
                    }
                }
            }
        }
    }

    /** Every trigram of the country's names numbered by how few of the names have it, rarest first. */
    private static Map<String, Integer> rarestFirst(List<? extends Named<?>> lefts, List<? extends Named<?>> rights) {
        Map<String, Integer> frequency = new HashMap<>();
        lefts.forEach(n -> count(n.trigrams(), frequency));
        rights.forEach(n -> count(n.trigrams(), frequency));
        List<String> trigrams = new ArrayList<>(frequency.keySet());
        trigrams.sort(Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < trigrams.size(); i++) {
            rank.put(trigrams.get(i), i);
        }
        return rank;
    }

    private static void count(String[] trigrams, Map<String, Integer> frequency) {
        for (String t : trigrams) {
            frequency.merge(t, 1, Integer::sum);
        }
    }

    private static int[] ranked(String[] trigrams, Map<String, Integer> rank) {
        int[] set = new int[trigrams.length];
        for (int i = 0; i < trigrams.length; i++) {
            set[i] = rank.get(trigrams[i]);
        }
        Arrays.sort(set);
        return set;
    }

    /** How many of a set's rarest trigrams any set at least {@code threshold} alike must share one of. */
    static int prefix(int size, double threshold) {
        int overlap = (int) Math.ceil((threshold - ROUNDING_SLACK) * size);
        return Math.min(size, size - Math.max(overlap, 1) + 1);
    }

    /** Two sets can be at least {@code threshold} alike only if the smaller has that share of the larger's size. */
    static boolean lengthsAllow(int a, int b, double threshold) {
        return Math.min(a, b) >= (threshold - ROUNDING_SLACK) * Math.max(a, b);
    }

    /** pg_trgm's similarity of two sets sorted alike: {@code (float4) shared / (float4) (all - shared)}. */
    static float similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0f;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (float) shared / (float) (a.length + b.length - shared);
    }
}
