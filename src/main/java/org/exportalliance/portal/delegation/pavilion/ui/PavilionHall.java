package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.platform.i18n.Formats;

/** The hall drawn as a grid of booth cards: number, m² and firm; free, taken or the reader's own. */
class PavilionHall extends Div {

    PavilionHall() {
        setId("pavilion-hall");
        addClassName("pavilion-hall");
    }

    /** The key to the cards' colours, shown above the hall. */
    HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.addClassName("pavilion-legend");
        for (String state : List.of("free", "taken", "own")) {
            Span key = new Span(getTranslation("pavilion.legend." + state));
            key.addClassNames("booth-key", "booth-" + state);
            legend.add(key);
        }
        return legend;
    }

    /** One card per booth, placed by its row and column; the grid is as wide as the widest row. */
    void draw(List<Booth> layout, Actor actor) {
        removeAll();
        if (layout.isEmpty()) {
            add(new Paragraph(getTranslation("pavilion.empty")));
            return;
        }
        int columns = layout.stream().mapToInt(Booth::column).max().orElse(0) + 1;
        getStyle().set("grid-template-columns", "repeat(" + columns + ", minmax(6.5rem, 1fr))");
        Locale locale = getLocale();
        for (Booth b : layout) {
            String state = b.isOf(actor.firmId()) && !actor.isStaff() ? "own" : b.taken() ? "taken" : "free";
            Span number = new Span(b.label());
            number.addClassName("booth-number");
            Span area = new Span(Formats.area(b.areaM2(), locale));
            area.addClassName("booth-area");
            Span firm = new Span(b.assignee() != null ? b.assignee().firmName(locale)
                    : getTranslation(b.taken() ? "pavilion.taken" : "pavilion.free"));
            firm.addClassName("booth-firm");
            Div card = new Div(number, area, firm);
            card.setId("booth-card-" + b.label());
            card.addClassNames("booth-card", "booth-" + state);
            card.getStyle().set("grid-row", String.valueOf(b.row() + 1)).set("grid-column",
                    String.valueOf(b.column() + 1));
            if (!b.note().isEmpty()) {
                card.setTitle(b.note());
            }
            add(card);
        }
    }
}
