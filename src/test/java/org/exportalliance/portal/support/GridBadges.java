package org.exportalliance.portal.support;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

/** What a badge column ({@code shell.Columns.badge}) shows in a row: the browser draws it from these values. */
public final class GridBadges {

    private GridBadges() {}

    /** The badge's words in an item's cell. */
    public static <T> String text(Grid<T> grid, String columnKey, T item) {
        return value(grid, columnKey, item, "text");
    }

    /** The badge's Lumo colour in an item's cell ({@code success}, {@code error}, {@code contrast} or empty). */
    public static <T> String colour(Grid<T> grid, String columnKey, T item) {
        return value(grid, columnKey, item, "colour");
    }

    private static <T> String value(Grid<T> grid, String columnKey, T item, String property) {
        @SuppressWarnings("unchecked")
        LitRenderer<T> badge = (LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer();
        return String.valueOf(badge.getValueProviders().get(property).apply(item));
    }
}
