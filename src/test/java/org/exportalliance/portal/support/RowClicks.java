package org.exportalliance.portal.support;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.component.grid.ItemDoubleClickEvent;

/**
 * Clicks as a browser sends them, for what browserless' {@code clickRow} leaves out: a double click is a click
 * (count 1), a click (count 2) and a double-click event; a click may land in a given column.
 */
public final class RowClicks {

    private RowClicks() {}

    public static <T> void doubleClick(Grid<T> grid, T item) {
        click(grid, item, null, 1);
        click(grid, item, null, 2);
        String key = grid.getDataCommunicator().getKeyMapper().key(item);
        ComponentUtil.fireEvent(grid, new ItemDoubleClickEvent<>(grid, true, key, null, -1, -1, -1, -1, 2, 0,
                false, false, false, false));
    }

    /** One click on {@code item}'s row, in the column keyed {@code columnKey} (anywhere when null). */
    public static <T> void click(Grid<T> grid, T item, String columnKey, int count) {
        String key = grid.getDataCommunicator().getKeyMapper().key(item);
        String column = columnKey == null ? null : internalId(grid.getColumnByKey(columnKey));
        ComponentUtil.fireEvent(grid, new ItemClickEvent<>(grid, true, key, column, -1, -1, -1, -1, count, 0,
                false, false, false, false));
    }

    /** The id the browser names a column by (protected in Grid; browserless reads it the same way). */
    private static String internalId(Grid.Column<?> column) {
        try {
            var method = Grid.Column.class.getDeclaredMethod("getInternalId");
            method.setAccessible(true);
            return (String) method.invoke(column);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
