package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A badge column works its badge out once per row, though the browser gets three values from it. */
class BadgeColumnTest {

    record Row(String status) {}

    @Test
    void each_row_s_badge_is_made_once_for_its_text_colour_and_hover_text() {
        AtomicInteger made = new AtomicInteger();
        Grid<Row> grid = new Grid<>();
        @SuppressWarnings("unchecked")
        LitRenderer<Row> renderer = (LitRenderer<Row>) Columns.badge(grid, row -> {
            made.incrementAndGet();
            return row.status().equals("late") ? new Badge("Late", "error", "3 days") : new Badge("On time", "success");
        }).getRenderer();
        Map<String, ValueProvider<Row, ?>> values = renderer.getValueProviders();
        Row late = new Row("late");
        Row onTime = new Row("ok");

        assertThat(values.get("text").apply(late)).isEqualTo("Late");
        assertThat(values.get("colour").apply(late)).isEqualTo("error");
        assertThat(values.get("title").apply(late)).isEqualTo("3 days");
        assertThat(made).hasValue(1);
        assertThat(values.get("text").apply(onTime)).isEqualTo("On time");
        assertThat(values.get("colour").apply(onTime)).isEqualTo("success");
        assertThat(values.get("title").apply(onTime)).isEqualTo("");
        assertThat(made).hasValue(2);
        assertThat(values.get("text").apply(late)).isEqualTo("Late");
        assertThat(made).hasValue(3);
    }
}
