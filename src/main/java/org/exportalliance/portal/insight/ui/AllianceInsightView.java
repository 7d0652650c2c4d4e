package org.exportalliance.portal.insight.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.RoundingMode;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.insight.AllianceInsight;
import org.exportalliance.portal.insight.Cell;
import org.exportalliance.portal.insight.ConversionRow;
import org.exportalliance.portal.insight.FairReturn;
import org.exportalliance.portal.insight.InsightService;
import org.exportalliance.portal.insight.InsightWorkbooks;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.EChart;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alliance dashboard, for every signed-in user: won orders by market and month with year-on-year growth (a
 * line and a bar chart, and the table), each delegation's return on its cost, and lead conversion by source. What
 * members see is suppressed by the service; staff see everything, marked where members do not.
 */
@Route("insight")
@PermitAll
public class AllianceInsightView extends VerticalLayout implements HasDynamicTitle {

    private final InsightService insight;
    private final JsonMapper json;
    private final Actor actor;

    final ComboBox<Integer> year = new ComboBox<>();
    final RadioButtonGroup<String> currency = new RadioButtonGroup<>();
    final Paragraph suppression = new Paragraph();
    final EChart monthly = new EChart("insight-monthly-chart");
    final EChart markets = new EChart("insight-markets-chart");
    final MarketGrid marketGrid = new MarketGrid("insight-markets");
    final Grid<FairReturn> fairs = new Grid<>();
    final Grid<ConversionRow> conversion = new Grid<>();
    final Anchor export;
    private @Nullable AllianceInsight shown;

    AllianceInsightView(InsightService insight, InsightWorkbooks workbooks, JsonMapper json, SignedIn signedIn) {
        this.insight = insight;
        this.json = json;
        this.actor = signedIn.actor();
        addClassName("insight-view");
        year.setLabel(getTranslation("insight.year"));
        year.setId("insight-year");
        year.setAllowCustomValue(false);
        currency.setLabel(getTranslation("insight.currency"));
        currency.setItems("CNY", "USD");
        currency.setValue("CNY");
        currency.setId("insight-currency");
        export = Downloads.anchor(getTranslation("insight.export"),
                () -> workbooks.alliance(actor, selectedYear(), getLocale()));
        export.setId("insight-export");
        suppression.setText(getTranslation(actor.isStaff() ? "insight.suppression.staff"
                : "insight.suppression.member"));
        suppression.setId("insight-suppression");
        HorizontalLayout controls = new HorizontalLayout(year, currency, export);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout charts = new HorizontalLayout(monthly, markets);
        charts.setWidthFull();
        charts.setWrap(true);
        for (EChart chart : new EChart[] {monthly, markets}) {
            // Two halves that shrink with the window, and wrap below each other when it is narrow.
            chart.setWidth(null);
            chart.getStyle().set("flex", "1 1 420px").set("min-width", "0");
        }
        setUpFairs();
        setUpConversion();
        add(new H2(getTranslation("insight.title")), controls, suppression,
                new H3(getTranslation("insight.markets.title")), new Paragraph(getTranslation("insight.markets.explain")),
                charts, new Paragraph(getTranslation("insight.chart.withheld")), marketGrid,
                new H3(getTranslation("insight.fairs.title")), new Paragraph(getTranslation("insight.fairs.explain")),
                fairs, new H3(getTranslation("insight.conversion.title")),
                new Paragraph(getTranslation("insight.conversion.explain")), conversion);
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(e.getValue());
            }
        });
        currency.addValueChangeListener(e -> redraw());
        load(insight.currentYear());
    }

    private int selectedYear() {
        return year.getValue() == null ? insight.currentYear() : year.getValue();
    }

    void load(int wanted) {
        UiCalls.run(this, insight.alliance(actor, wanted), this::show, refusal -> UiCalls.showRefusal(this, refusal));
    }

    private void show(AllianceInsight loaded) {
        shown = loaded;
        year.setItems(loaded.years().reversed());
        year.setValue(loaded.year());
        fairs.setItems(loaded.fairs());
        conversion.setItems(loaded.conversion());
        redraw();
    }

    private void redraw() {
        if (shown == null) {
            return;
        }
        String inCurrency = currency.getValue() == null ? "CNY" : currency.getValue();
        marketGrid.show(shown.markets(), inCurrency, shown.staffView());
        monthly.setOption(json.writeValueAsString(ChartOptions.monthly(shown.markets(), inCurrency,
                getTranslation("insight.chart.year", String.valueOf(shown.year())),
                getTranslation("insight.chart.year", String.valueOf(shown.year() - 1)), getLocale())));
        markets.setOption(json.writeValueAsString(ChartOptions.markets(shown.markets(), inCurrency,
                getTranslation("insight.chart.markets", inCurrency), getLocale())));
    }

    private void setUpFairs() {
        fairs.setId("insight-fairs");
        fairs.addThemeVariants(GridVariant.LUMO_COMPACT);
        fairs.setAllRowsVisible(true);
        fairs.setEmptyStateText(getTranslation("insight.fairs.none"));
        Columns.text(fairs, f -> "zh".equals(getLocale().getLanguage()) ? f.titleZh() : f.titleEn())
                .setHeader(getTranslation("insight.fairs.delegation")).setAutoWidth(true).setFlexGrow(1);
        fairs.addColumn(f -> Formats.date(f.fairEnded(), getLocale())).setHeader(getTranslation("insight.fairs.ended"))
                .setAutoWidth(true);
        Columns.money(fairs, f -> Amounts.exact(f.netCostCny(), getLocale()))
                .setHeader(getTranslation("insight.fairs.cost"));
        for (int i = 0; i < FairReturn.WINDOW_DAYS.size(); i++) {
            int w = i;
            fairs.addColumn(f -> window(f.windows().get(w)))
                    .setHeader(getTranslation("insight.fairs.window", FairReturn.WINDOW_DAYS.get(w)))
                    .setKey("window" + w).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
    }

    /** A window's won CNY, its return on cost ("×2.4"), and "so far" while the window is still open. */
    String window(FairReturn.Window window) {
        String won = cellText(window.won(), true);
        String ratio = window.returnOnCost() == null ? ""
                : " (" + getTranslation("insight.fairs.return") + " ×" + window.returnOnCost().setScale(1,
                        RoundingMode.HALF_EVEN).toPlainString() + ")";
        return won + ratio + (window.complete() ? "" : " · " + getTranslation("insight.fairs.so-far"));
    }

    private void setUpConversion() {
        conversion.setId("insight-conversion");
        conversion.addThemeVariants(GridVariant.LUMO_COMPACT);
        conversion.setAllRowsVisible(true);
        conversion.addColumn(r -> r.source() == null ? getTranslation("insight.total")
                : getTranslation("lead.source." + r.source())).setHeader(getTranslation("insight.conversion.source"))
                .setAutoWidth(true).setFlexGrow(1);
        conversion.addColumn(r -> cellText(r.open(), false)).setHeader(getTranslation("insight.conversion.open"))
                .setTextAlign(ColumnTextAlign.END);
        conversion.addColumn(r -> cellText(r.won(), false)).setHeader(getTranslation("insight.conversion.won"))
                .setTextAlign(ColumnTextAlign.END);
        conversion.addColumn(r -> cellText(r.lost(), false)).setHeader(getTranslation("insight.conversion.lost"))
                .setTextAlign(ColumnTextAlign.END);
        conversion.addColumn(r -> cellText(r.claims(), false)).setHeader(getTranslation("insight.conversion.claims"))
                .setTextAlign(ColumnTextAlign.END);
        conversion.addColumn(r -> r.conversion() == null ? "" : Formats.percent(r.conversion().doubleValue(), 1, getLocale()))
                .setHeader(getTranslation("insight.conversion.rate")).setKey("rate")
                .setTextAlign(ColumnTextAlign.END);
        conversion.setPartNameGenerator(r -> r.source() == null ? "total-row" : null);
    }

    /** A cell as text: an amount in CNY or a count; "withheld"; "—" when empty. */
    String cellText(Cell cell, boolean money) {
        return CellText.of(cell, figure -> money ? Amounts.compact(figure.cny(), getLocale())
                : String.valueOf(figure.count()), actor.isStaff(), this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.title");
    }
}
