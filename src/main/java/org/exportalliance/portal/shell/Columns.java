package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.jspecify.annotations.Nullable;

/**
 * Grid columns that behave the same in every list: a cell cut short shows its full text on hover, an amount's column
 * is as wide as its widest value, and a row's own buttons stay in view at the right edge however wide the grid grows.
 */
public final class Columns {

    static final String TEXT_WIDTH = "10em";

    private Columns() {}

    /**
     * A text column (a company, a buyer, a cost item) whose full text shows on hover. It is never narrower than a
     * dozen characters: on a small screen the grid scrolls sideways rather than cut a buyer to "Kcqv…".
     */
    public static <T> Grid.Column<T> text(Grid<T> grid, ValueProvider<T, String> text) {
        return grid.addColumn(text).setTooltipGenerator(text::apply).setResizable(true).setWidth(TEXT_WIDTH);
    }

    /** An amount: right-aligned, as wide as its widest value, never cut short. */
    public static <T> Grid.Column<T> money(Grid<T> grid, ValueProvider<T, String> amount) {
        return grid.addColumn(amount).setTooltipGenerator(amount::apply).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * A status badge. Drawn by the browser from three values per row rather than as a server-side component per
     * cell: a refresh of the grid (a live update reaching every open list) then costs no components to build, attach
     * and detach, and an open list holds no state nodes for its badges.
     */
    public static <T> Grid.Column<T> badge(Grid<T> grid, ValueProvider<T, Badge> badge) {
        ValueProvider<T, Badge> once = perRow(badge);
        return grid.addColumn(LitRenderer.<T>of(
                        "<span theme=\"badge ${item.colour}\" title=\"${item.title}\">${item.text}</span>")
                .withProperty("text", row -> once.apply(row).text())
                .withProperty("colour", row -> once.apply(row).colour())
                .withProperty("title", row -> {
                    String title = once.apply(row).title();
                    return title == null ? "" : title;
                }));
    }

    /**
     * {@code compute} once per row where a grid asks several times: it asks for a row's values (columns, tooltips, a
     * renderer's properties) one after another, so the last row's answer is kept and the next row replaces it. A live
     * refresh of every open list then translates and formats each row once, not once per value. Rows must be
     * immutable (records): the same row object always gets the same answer. Use one per grid; it is confined to the
     * grid's session like the grid.
     */
    public static <T, R> ValueProvider<T, R> perRow(ValueProvider<T, R> compute) {
        return new ValueProvider<>() {
            private @Nullable T lastRow;
            private @Nullable R lastAnswer;

            @Override
            public R apply(T row) {
                R answer = lastAnswer;
                if (row != lastRow || answer == null) {
                    answer = compute.apply(row);
                    lastRow = row;
                    lastAnswer = answer;
                }
                return answer;
            }
        };
    }

    /** A row's own buttons, frozen to the right edge so a wide grid never pushes them off-screen. */
    public static <T> Grid.Column<T> actions(Grid<T> grid, ValueProvider<T, ? extends Component> buttons) {
        return grid.addComponentColumn(buttons::apply).setKey(RecordClick.ACTIONS).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
    }
}
