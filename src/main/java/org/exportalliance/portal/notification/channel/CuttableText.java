package org.exportalliance.portal.notification.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pieces of escaped text (a title, then lines) that may be cut short to fit a robot's limit. A cut falls between two
 * user-perceived characters (grapheme clusters, {@code \X}), so it never splits a UTF-8 sequence, a surrogate pair,
 * an emoji sequence or a letter from its accent; markup never is part of these pieces, so no cut can split a link.
 * Whatever is left out is marked with {@link #MARK} at the end of the last piece kept.
 */
final class CuttableText {

    static final String MARK = "…";
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final List<String> pieces;
    private final List<int[]> ends;
    private final int total;

    CuttableText(List<String> pieces) {
        this.pieces = List.copyOf(pieces);
        this.ends = new ArrayList<>();
        int count = 0;
        for (String piece : this.pieces) {
            List<Integer> found = new ArrayList<>();
            Matcher m = GRAPHEME.matcher(piece);
            while (m.find()) {
                found.add(m.end());
            }
            ends.add(found.stream().mapToInt(Integer::intValue).toArray());
            count += found.size();
        }
        this.total = count;
    }

    /** How many user-perceived characters the pieces hold in all. */
    int length() {
        return total;
    }

    /** All the pieces, uncut. */
    List<String> whole() {
        return pieces;
    }

    /**
     * The pieces keeping only the first {@code keep} characters (counted across pieces, in order), the last piece kept
     * ending with the mark; pieces after it are left out. At least the first piece is kept (maybe as the mark alone).
     */
    List<String> cut(int keep) {
        if (keep >= total) {
            return pieces;
        }
        List<String> kept = new ArrayList<>();
        int left = Math.max(keep, 0);
        for (int i = 0; i < pieces.size(); i++) {
            int[] pieceEnds = ends.get(i);
            if (left < pieceEnds.length || i == pieces.size() - 1) {
                int end = left == 0 ? 0 : pieceEnds[left - 1];
                kept.add(pieces.get(i).substring(0, end) + MARK);
                return kept;
            }
            kept.add(pieces.get(i));
            left -= pieceEnds.length;
        }
        return kept;
    }
}
