package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The header and filter bar every list page shares ({@link PageHeader}, {@link FilterBar}). */
class ListPagePiecesTest {

    @Test
    void a_change_to_any_filter_refreshes_the_list_once_and_a_filter_with_a_rule_of_its_own_applies_it_first() {
        AtomicInteger refreshes = new AtomicInteger();
        TextField text = new TextField();
        Checkbox upcoming = new Checkbox();
        StringBuilder order = new StringBuilder();
        upcoming.addValueChangeListener(e -> order.append("rule "));

        FilterBar bar = new FilterBar(() -> {
            refreshes.incrementAndGet();
            order.append("refresh ");
        }, text, upcoming, new Span("not a filter"));

        text.setValue("ITMA");
        assertThat(refreshes).hasValue(1);
        order.setLength(0);
        upcoming.setValue(true);
        assertThat(refreshes).hasValue(2);
        assertThat(order.toString()).isEqualTo("rule refresh ");
        assertThat(bar.getChildren()).hasSize(3);
        assertThat(bar.isWrap()).isTrue();
        assertThat(bar.getAlignItems()).isEqualTo(FlexComponent.Alignment.CENTER);
    }

    @Test
    void the_title_comes_first_and_takes_the_room_so_the_pages_actions_sit_at_the_end_of_the_line() {
        Button create = new Button("new");
        Checkbox heldOnly = new Checkbox();

        PageHeader header = new PageHeader("Fairs", heldOnly, create);

        assertThat(header.getChildren()).hasSize(3).first().isInstanceOf(H2.class);
        H2 title = (H2) header.getComponentAt(0);
        assertThat(title.getText()).isEqualTo("Fairs");
        assertThat(header.getFlexGrow(title)).isEqualTo(1.0);
        assertThat(header.getComponentAt(1)).isSameAs(heldOnly);
        assertThat(header.getComponentAt(2)).isSameAs(create);
        assertThat(header.getAlignItems()).isEqualTo(FlexComponent.Alignment.BASELINE);
        assertThat(header.getWidth()).isEqualTo("100%");
    }
}
