package org.exportalliance.portal.insight.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Function;
import org.exportalliance.portal.insight.Cell;
import org.exportalliance.portal.insight.Figure;

/**
 * How a dashboard cell reads: "withheld" (不公开) without its figure, "—" when nothing was there, else its value,
 * with ⚑ for staff where members see "withheld".
 */
final class CellText {

    private CellText() {
    }

    static String of(Cell cell, Function<Figure, String> value, boolean staff, Component in) {
        if (cell.figure() == null) {
            return in.getTranslation("insight.withheld");
        }
        if (cell.figure().isEmpty()) {
            return "—";
        }
        return value.apply(cell.figure()) + (staff && cell.withheld() ? " ⚑" : "");
    }
}
