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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.insight.FirmInsight;
import org.exportalliance.portal.insight.InsightLabels;
import org.exportalliance.portal.insight.InsightService;
import org.exportalliance.portal.insight.InsightWorkbooks;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.EChart;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A firm's own export results: its orders by stage (open quotes by currency), its won orders by market and month,
 * and its won value per attribution, delegation and lead source. Nothing here is suppressed: it is the firm's own.
 */
@Route("insight/firm")
@PermitAll
public class FirmInsightView extends VerticalLayout implements HasDynamicTitle {

    private final InsightService insight;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Actor actor;

    final ComboBox<Integer> year = new ComboBox<>();
    final Grid<FirmInsight.StageCount> stages = new Grid<>();
    final Paragraph openQuotes = new Paragraph();
    final EChart monthly = new EChart("firm-insight-monthly-chart");
    final MarketGrid marketGrid = new MarketGrid("firm-insight-markets");
    final Grid<FirmInsight.WonBy> byAttribution = wonByGrid("firm-insight-attribution");
    final Grid<FirmInsight.WonBy> byFair = wonByGrid("firm-insight-fairs");
    final Grid<FirmInsight.WonBy> bySource = wonByGrid("firm-insight-sources");

    FirmInsightView(InsightService insight, InsightWorkbooks workbooks, MessageSource messages, JsonMapper json,
            SignedIn signedIn) {
        this.insight = insight;
        this.messages = messages;
        this.json = json;
        this.actor = signedIn.actor();
        add(new H2(getTranslation("insight.firm.title")));
        if (actor.isStaff()) {
            add(new Paragraph(getTranslation("insight.firm.staff")));
            return;
        }
        int now = insight.currentYear();
        year.setLabel(getTranslation("insight.year"));
        year.setId("firm-insight-year");
        year.setItems(IntStream.rangeClosed(now - 9, now).boxed().sorted(Comparator.reverseOrder())
                .toList());
        year.setValue(now);
        Anchor export = Downloads.anchor(getTranslation("insight.export"),
                () -> workbooks.firm(actor, year.getValue() == null ? now : year.getValue(), getLocale()));
        export.setId("firm-insight-export");
        HorizontalLayout controls = new HorizontalLayout(year, export);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setUpStages();
        openQuotes.setId("firm-insight-open-quotes");
        add(controls, new H3(getTranslation("insight.firm.stages.title")), stages, openQuotes,
                new H3(getTranslation("insight.firm.markets.title")), monthly, marketGrid,
                new H3(getTranslation("insight.firm.attribution.title")), byAttribution,
                new H3(getTranslation("insight.firm.fairs.title")), byFair,
                new H3(getTranslation("insight.firm.sources.title")), bySource);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
            }
        });
        load(now);
    }

    void load(int wanted) {
        UiCalls.run(this, insight.firm(actor, wanted), this::show, refusal -> UiCalls.showRefusal(this, refusal));
    }

    private void show(FirmInsight figures) {
        stages.setItems(figures.stages());
        openQuotes.setText(figures.openQuotes().isEmpty() ? getTranslation("insight.firm.no-open-quotes")
                : getTranslation("insight.firm.open-quotes", figures.openQuotes().stream()
                        .map(q -> q.currency() + " " + Amounts.exact(q.amount(), getLocale()))
                        .collect(Collectors.joining("; "))));
        marketGrid.show(figures.markets(), "CNY", false);
        monthly.setOption(json.writeValueAsString(ChartOptions.monthlyBars(figures.markets().total(), "CNY",
                getTranslation("insight.chart.monthly", "CNY"), getLocale())));
        byAttribution.setItems(figures.byAttribution());
        byFair.setItems(figures.byFair());
        bySource.setItems(figures.bySource());
    }

    private void setUpStages() {
        stages.setId("firm-insight-stages");
        stages.addThemeVariants(GridVariant.LUMO_COMPACT);
        stages.setAllRowsVisible(true);
        stages.addColumn(s -> getTranslation("order.stage." + s.stage())).setHeader(getTranslation("insight.firm.stage"))
                .setFlexGrow(1);
        stages.addColumn(FirmInsight.StageCount::orders).setHeader(getTranslation("insight.column.orders"))
                .setTextAlign(ColumnTextAlign.END);
        Columns.money(stages, s -> s.cny() == null ? "—" : Amounts.exact(s.cny(), getLocale()))
                .setHeader(getTranslation("insight.firm.value"));
    }

    private Grid<FirmInsight.WonBy> wonByGrid(String id) {
        Grid<FirmInsight.WonBy> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("insight.firm.none"));
        Columns.text(grid, row -> InsightLabels.wonBy(row, getLocale(), messages))
                .setHeader(getTranslation("insight.firm.key")).setFlexGrow(1);
        grid.addColumn(FirmInsight.WonBy::orders).setHeader(getTranslation("insight.column.orders"))
                .setTextAlign(ColumnTextAlign.END);
        Columns.money(grid, row -> Amounts.exact(row.cny(), getLocale())).setHeader("CNY");
        Columns.money(grid, row -> Amounts.exact(row.usd(), getLocale())).setHeader("USD");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.firm.title");
    }
}
