package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A cell before it is published: its figure, and the firms behind it while they are few enough to matter (the ids
 * of at most {@code MIN_FIRMS - 1} firms; empty when more built it). The ids never leave the service.
 */
record Tally(Figure figure, Set<String> fewFirms) {

    /** The fewest firms a cell shown to members may be built from. */
    static final int MIN_FIRMS = 3;

    static final Tally EMPTY = new Tally(Figure.EMPTY, Set.of());

    Tally {
        fewFirms = Set.copyOf(fewFirms);
    }

    int firms() {
        return figure.firms();
    }

    /** Built from one or two firms: a member must not see it. */
    boolean sensitive() {
        return firms() > 0 && firms() < MIN_FIRMS;
    }

    /** The ranking value for choosing which further cell to hide: the smallest first. */
    BigDecimal weight() {
        return figure.cny().signum() != 0 ? figure.cny() : BigDecimal.valueOf(figure.count());
    }
}
