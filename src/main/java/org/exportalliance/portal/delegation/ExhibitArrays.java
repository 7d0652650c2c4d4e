package org.exportalliance.portal.delegation;

import java.util.List;
import java.util.Map;

/**
 * A draft's exhibits as three arrays in their order, so that one statement inserts them all, however many: bind
 * {@link #of} and select from {@link #UNNEST}.
 */
final class ExhibitArrays {

    /** The bound arrays as rows {@code e(machine, weight, volume, n)}, {@code n} counting from 1. */
    static final String UNNEST = "unnest(:machines::text[], :weights::numeric[], :volumes::numeric[]) "
            + "with ordinality as e(machine, weight, volume, n)";

    private ExhibitArrays() {}

    static Map<String, Object> of(ApplicationDraft a) {
        List<Exhibit> exhibits = a.exhibits() == null ? List.of() : a.exhibits();
        return Map.of(
                "machines", exhibits.stream().map(e -> e.machine().strip()).toArray(String[]::new),
                "weights", exhibits.stream().map(e -> e.weightKg().toPlainString()).toArray(String[]::new),
                "volumes", exhibits.stream().map(e -> e.volumeM3().toPlainString()).toArray(String[]::new));
    }
}
