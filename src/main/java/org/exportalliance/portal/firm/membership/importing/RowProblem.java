package org.exportalliance.portal.firm.membership.importing;

import org.jspecify.annotations.Nullable;

/**
 * One problem of a row: the field (as the API names it, {@code categories[1]}), the message key, the cell's value
 * where the message needs it (an unknown category), and the other row of a duplicate (the message's argument).
 */
public record RowProblem(String field, String messageKey, @Nullable String value, @Nullable Integer otherRow) {

    public static RowProblem of(String field, String messageKey) {
        return new RowProblem(field, messageKey, null, null);
    }

    /** The arguments of the message: the other row, if any. */
    public Object[] args() {
        return otherRow == null ? new Object[0] : new Object[] {otherRow};
    }
}
