package org.exportalliance.portal.delegation.ledger.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.exportalliance.portal.delegation.ledger.Statement;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;

/** A firm's statement: fees and its share of each cost, subsidies negative, and the total in CNY. */
public class StatementPanel extends VerticalLayout {

    final Span total = new Span();

    StatementPanel(Statement statement) {
        setId("statement");
        setPadding(false);
        Locale locale = getLocale();
        Grid<Statement.Line> lines = new Grid<>();
        Columns.text(lines, l -> getTranslation(l.labelKey()) + (l.description().isEmpty() ? "" : " · " + l.description()))
                .setHeader(getTranslation("ledger.item")).setFlexGrow(3);
        lines.addColumn(l -> l.rule() == null ? "" : getTranslation("ledger.rule." + l.rule().name()))
                .setHeader(getTranslation("ledger.rule")).setAutoWidth(true).setFlexGrow(0);
        Columns.money(lines, l -> Formats.yuan(l.itemCny(), locale)).setHeader(getTranslation("ledger.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        Columns.money(lines, l -> Formats.yuan(l.shareCny(), locale)).setHeader(getTranslation("ledger.share"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.setItems(statement.lines());
        lines.setAllRowsVisible(true);
        total.setId("statement-total");
        total.setText(getTranslation("ledger.total", Formats.yuan(statement.totalCny(), locale)));
        total.getStyle().set("font-weight", "600");
        add(new H3(getTranslation("ledger.statement")), lines, total);
    }
}
