package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import org.exportalliance.portal.request.RequestClocks;

/**
 * A request's SLA clocks: each running clock's deadline and the working time left (or by how much it is overdue, in
 * red), and what is left of a paused resolve clock while the request waits on the firm.
 */
class RequestClocksPanel extends VerticalLayout {

    final VerticalLayout rows = new VerticalLayout();
    final Paragraph none = new Paragraph();
    private final ZoneId zone;

    RequestClocksPanel(ZoneId zone) {
        this.zone = zone;
        setPadding(false);
        setSpacing(false);
        setId("request-clocks");
        rows.setPadding(false);
        rows.setSpacing(false);
        none.setText(getTranslation("request.page.no-clock"));
        none.setId("request-no-clock");
        add(new H3(getTranslation("request.page.clocks")), rows, none);
    }

    void show(ShownRequest shown) {
        RequestClocks clocks = shown.clocks();
        List<RequestClocks.Reading> readings = clocks.of(shown.request());
        rows.removeAll();
        for (RequestClocks.Reading reading : readings) {
            Div row = new Div(RequestLabels.label(reading.clock().messageKey(), this),
                    RequestLabels.deadlineSpan(reading, clocks.workingDay(), zone, this, getLocale()));
            row.setId("request-clock-" + reading.clock().name());
            row.addClassName("request-clock");
            rows.add(row);
        }
        none.setVisible(readings.isEmpty());
    }

    /** The text of one clock's row, or empty when that clock does not run. */
    String text(String clock) {
        return rows.getChildren().filter(c -> c.getId().filter(("request-clock-" + clock)::equals).isPresent())
                .findFirst().map(c -> c.getElement().getTextRecursively()).orElse("");
    }
}
