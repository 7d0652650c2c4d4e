package org.exportalliance.portal.insight.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.insight.Cell;
import org.exportalliance.portal.insight.InsightLabels;
import org.exportalliance.portal.insight.MarketRow;
import org.exportalliance.portal.insight.MarketTable;
import org.exportalliance.portal.platform.i18n.Formats;

/**
 * Won orders by market (rows, the total last) and month (columns, then the year and its growth), in CNY or USD. A
 * withheld cell says so; staff see its figure with a ⚑. Each cell's tooltip has the exact amount, its firms and
 * orders, and the year-on-year growth where the viewer may see it.
 */
class MarketGrid extends Grid<MarketRow> {

    static final int YEAR = 12;

    private String currency = "CNY";
    private boolean staff;

    MarketGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(row -> marketName(row)).setHeader(getTranslation("insight.column.market")).setKey("market")
                .setFrozen(true).setAutoWidth(true);
        for (Month month : Month.values()) {
            int c = month.getValue() - 1;
            addColumn(new ComponentRenderer<>(row -> cell(row, c)))
                    .setHeader(month.getDisplayName(TextStyle.SHORT, getLocale())).setKey("m" + (c + 1))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        addColumn(new ComponentRenderer<>(row -> cell(row, YEAR))).setHeader(getTranslation("insight.column.year"))
                .setKey("year").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(row -> growth(row.year())).setHeader(getTranslation("insight.column.growth")).setKey("growth")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        setPartNameGenerator(row -> row.market() == null ? "total-row" : null);
    }

    void show(MarketTable table, String inCurrency, boolean staffView) {
        this.currency = inCurrency;
        this.staff = staffView;
        List<MarketRow> rows = new ArrayList<>(table.markets());
        rows.sort(InsightLabels.byMarketName(getLocale()));
        rows.add(table.total());
        setItems(rows);
    }

    /** What the cell in column {@code c} (0–11 months, 12 the year) of the row says. */
    String text(MarketRow row, int c) {
        Cell cell = c == YEAR ? row.year() : row.months().get(c);
        return CellText.of(cell, figure -> Amounts.compact(amount(cell), getLocale()), staff, this);
    }

    String marketName(MarketRow row) {
        return row.market() == null ? getTranslation("insight.total") : InsightLabels.market(row.market(), getLocale());
    }

    private Span cell(MarketRow row, int c) {
        Cell cell = c == YEAR ? row.year() : row.months().get(c);
        Span span = new Span(text(row, c));
        if (cell.figure() == null) {
            span.addClassName("insight-withheld");
        } else if (!cell.figure().isEmpty()) {
            Locale locale = getLocale();
            List<String> tip = new ArrayList<>(List.of(Amounts.exact(amount(cell), locale) + " " + currency,
                    getTranslation("insight.firms", cell.figure().firms()),
                    getTranslation("insight.orders", cell.figure().count())));
            if (cell.growth() != null) {
                tip.add(getTranslation("insight.growth", Formats.change(cell.growth(), locale)));
            }
            if (cell.withheld()) {
                tip.add(getTranslation("insight.withheld.staff"));
                span.addClassName("insight-withheld-staff");
            }
            span.setTitle(String.join(" · ", tip));
        }
        return span;
    }

    private String growth(Cell cell) {
        return cell.growth() == null ? "" : Formats.change(cell.growth(), getLocale());
    }

    private BigDecimal amount(Cell cell) {
        return "USD".equals(currency) ? cell.figure().usd() : cell.figure().cny();
    }
}
