package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.MonthFigures;
import org.exportalliance.portal.request.OpenFigures;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestDashboard;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestWorkbook;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.EChart;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests dashboard: per month the requests filed and the rates accepted in time, resolved in time and
 * satisfied (a chart and a table), the open requests by age for staff and units, and the same as .xlsx. Members see
 * the alliance-wide figures that at least three firms are behind.
 */
@Route("request-dashboard")
@PermitAll
public class RequestDashboardView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> period = new Select<>();
    final EChart chart = new EChart("request-dashboard-chart");
    final Grid<MonthFigures> months = new Grid<>();
    final Grid<OpenFigures> open = new Grid<>();
    final Paragraph scopeNote = new Paragraph();
    private final RequestDashboard dashboard;
    private final Actor actor;
    private final Clock clock;
    private final JsonMapper json;
    private final Map<UUID, ResponderUnit> units;
    private final Map<String, RequestCategory> categories;

    RequestDashboardView(RequestDashboard dashboard, RequestWorkbook workbook, RequestService requests,
            Responders responders, SignedIn signedIn, Clock clock, JsonMapper json) {
        this.dashboard = dashboard;
        this.actor = signedIn.actor();
        this.clock = clock;
        this.json = json;
        this.units = UiCalls.fetch(responders.all()).collect(Collectors.toMap(ResponderUnit::id,
                Function.identity()));
        this.categories = UiCalls.fetch(requests.allCategories()).collect(Collectors.toMap(
                RequestCategory::code, Function.identity()));
        setId("request-dashboard");
        period.setLabel(getTranslation("request.dashboard.period"));
        period.setItems(12, 24);
        period.setItemLabelGenerator(n -> getTranslation("request.dashboard.last-months", n));
        period.setValue(12);
        period.setId("request-dashboard-period");
        add(new PageHeader(getTranslation("request.dashboard.title"), Downloads.anchor(
                        getTranslation("request.dashboard.export"),
                        () -> workbook.of(actor, from(), YearMonth.now(clock), getLocale()))),
                new FilterBar(this::refresh, period), scopeNote, chart, months, open);
        configureMonths();
        configureOpen();
        refresh();
    }

    private YearMonth from() {
        return YearMonth.now(clock).minusMonths(period.getValue() == null ? 11 : period.getValue() - 1);
    }

    void refresh() {
        UiCalls.fetchOne(dashboard.view(actor, from(), YearMonth.now(clock))).ifPresent(view -> {
            scopeNote.setText(getTranslation("request.dashboard.scope." + view.scope().name()));
            chart.setOption(json.writeValueAsString(DashboardChart.option(DashboardChart.months(view), Map.of(
                    "filed", getTranslation("request.dashboard.filed"),
                    "accepted", getTranslation("request.dashboard.accepted-in-time"),
                    "resolved", getTranslation("request.dashboard.resolved-in-time"),
                    "satisfied", getTranslation("request.dashboard.satisfied")), getLocale())));
            months.setItems(view.months().reversed());
            open.setItems(view.open());
            open.setVisible(view.scope() != RequestDashboard.Scope.ALLIANCE_WIDE);
        });
    }

    private void configureMonths() {
        Locale locale = getLocale();
        months.setId("request-dashboard-months");
        months.addColumn(f -> Formats.month(f.month(), locale)).setHeader(getTranslation("request.dashboard.month"))
                .setKey("month").setAutoWidth(true).setFlexGrow(0);
        Columns.text(months, f -> unit(f.unitId())).setHeader(getTranslation("request.dashboard.unit")).setKey("unit");
        Columns.text(months, this::category).setHeader(getTranslation("request.field.category")).setKey("category");
        months.addColumn(MonthFigures::filed).setHeader(getTranslation("request.dashboard.filed")).setKey("filed")
                .setAutoWidth(true).setFlexGrow(0);
        months.addColumn(f -> rate(f.acceptedInTimeRate(), locale))
                .setHeader(getTranslation("request.dashboard.accepted-in-time")).setKey("accepted").setAutoWidth(true);
        months.addColumn(f -> rate(f.resolvedInTimeRate(), locale))
                .setHeader(getTranslation("request.dashboard.resolved-in-time")).setKey("resolved").setAutoWidth(true);
        months.addColumn(f -> rate(f.satisfiedRate(), locale))
                .setHeader(getTranslation("request.dashboard.satisfied")).setKey("satisfied").setAutoWidth(true);
        months.addColumn(f -> hours(f.medianAcceptSeconds(), locale))
                .setHeader(getTranslation("request.dashboard.median-accept")).setAutoWidth(true);
        months.addColumn(f -> hours(f.medianResolveSeconds(), locale))
                .setHeader(getTranslation("request.dashboard.median-resolve")).setAutoWidth(true);
        months.setEmptyStateText(getTranslation("request.dashboard.empty"));
    }

    private void configureOpen() {
        open.setId("request-dashboard-open");
        Columns.text(open, f -> unit(f.unitId())).setHeader(getTranslation("request.dashboard.unit"));
        open.addColumn(OpenFigures::underADay).setHeader(getTranslation("request.dashboard.day"));
        open.addColumn(OpenFigures::upToThreeDays).setHeader(getTranslation("request.dashboard.three-days"));
        open.addColumn(OpenFigures::upToAWeek).setHeader(getTranslation("request.dashboard.week"));
        open.addColumn(OpenFigures::older).setHeader(getTranslation("request.dashboard.older"));
        open.addColumn(OpenFigures::overdue).setHeader(getTranslation("request.dashboard.overdue")).setKey("overdue");
        open.setAllRowsVisible(true);
    }

    private String unit(@Nullable UUID id) {
        ResponderUnit unit = id == null ? null : units.get(id);
        return unit == null ? getTranslation("request.dashboard.no-unit") : unit.name(getLocale());
    }

    private String category(MonthFigures f) {
        if (MonthFigures.ALL_CATEGORIES.equals(f.category())) {
            return getTranslation("request.dashboard.all-categories");
        }
        RequestCategory c = categories.get(f.category());
        return c == null ? f.category() : c.name(getLocale());
    }

    private static String rate(@Nullable Double rate, Locale locale) {
        return rate == null ? "—" : Formats.percent(rate, 1, locale);
    }

    private static String hours(@Nullable Long seconds, Locale locale) {
        return seconds == null ? "—" : Formats.number(BigDecimal.valueOf(seconds / 3600.0), 0, 1, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.dashboard.title") + " · " + getTranslation("app.title");
    }
}
