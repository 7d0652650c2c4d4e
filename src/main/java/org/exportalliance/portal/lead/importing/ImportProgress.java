package org.exportalliance.portal.lead.importing;

import org.jspecify.annotations.Nullable;

/**
 * How far a commit has come: checking the rows, then saving them batch by batch ({@code done} of {@code total}
 * rows), then done, with the result; DONE is sent only after the transaction committed.
 */
public record ImportProgress(Stage stage, int done, int total, @Nullable ImportResult result) {

    public enum Stage {
        CHECKING,
        SAVING,
        DONE
    }

    /** From 0 to 1, for a progress bar. */
    public double fraction() {
        return switch (stage) {
            case CHECKING -> 0;
            case SAVING -> total == 0 ? 1 : (double) done / total;
            case DONE -> 1;
        };
    }

    static ImportProgress checking(int total) {
        return new ImportProgress(Stage.CHECKING, 0, total, null);
    }

    static ImportProgress saving(int done, int total) {
        return new ImportProgress(Stage.SAVING, done, total, null);
    }

    static ImportProgress done(ImportResult result) {
        return new ImportProgress(Stage.DONE, result.imported(), result.imported(), result);
    }
}
