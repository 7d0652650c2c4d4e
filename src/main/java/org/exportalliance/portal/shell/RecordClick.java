package org.exportalliance.portal.shell;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;
import java.util.function.Consumer;

/**
 * The one way a grid of records opens one: a single click on its row. The row's own buttons sit in a column keyed
 * {@link #ACTIONS}, which the row click leaves alone. A double click is two clicks to the browser; its second click
 * (click count 2) is ignored, so it opens the record once, never two dialogs stacked. A record that opens in a dialog
 * opens it modal and at once (not after an asynchronous call), so a click that arrives while it is open reaches the
 * inert grid behind it and does nothing.
 */
public final class RecordClick {

    /** The key of the column that holds a row's own buttons. */
    public static final String ACTIONS = "actions";

    private RecordClick() {}

    /** A click on a row of {@code grid} opens its record with {@code open}. */
    public static <T> void opens(Grid<T> grid, Consumer<T> open) {
        grid.addClassName("opens-records");
        grid.addItemClickListener(e -> {
            if (opensRecord(e)) {
                open.accept(e.getItem());
            }
        });
    }

    static boolean opensRecord(ItemClickEvent<?> click) {
        if (click.getClickCount() > 1) {
            return false;
        }
        return click.getColumn() == null || !ACTIONS.equals(click.getColumn().getKey());
    }
}
