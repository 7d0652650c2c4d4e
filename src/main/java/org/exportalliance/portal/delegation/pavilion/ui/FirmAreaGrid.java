package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.exportalliance.portal.delegation.pavilion.AreaBalance;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;

/** For staff: each approved firm's booth area assigned against what it asked for, flagged where they differ. */
class FirmAreaGrid extends Grid<AreaBalance> {

    FirmAreaGrid() {
        Locale locale = getLocale();
        setId("pavilion-firms");
        Columns.text(this, b -> b.firmName(locale)).setHeader(getTranslation("application.firm")).setFlexGrow(2);
        addColumn(b -> Formats.area(b.requestedM2(), locale))
                .setHeader(getTranslation("pavilion.requested")).setAutoWidth(true).setFlexGrow(0);
        addColumn(b -> Formats.area(b.assignedM2(), locale))
                .setHeader(getTranslation("pavilion.assigned-area")).setAutoWidth(true).setFlexGrow(0);
        Columns.text(this, b -> String.join(", ", b.booths())).setHeader(getTranslation("pavilion.booths"))
                .setFlexGrow(1);
        addComponentColumn(this::fit).setHeader(getTranslation("pavilion.fit")).setKey("fit").setAutoWidth(true)
                .setFlexGrow(0);
        setAllRowsVisible(true);
    }

    private Span fit(AreaBalance b) {
        Span badge = new Span(getTranslation("pavilion.fit." + b.fit().name()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(b.fit() == AreaBalance.Fit.EXACT ? "success" : "error");
        badge.addClassName("fit-" + b.fit().name());
        return badge;
    }
}
