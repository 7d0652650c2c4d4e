package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.fair.Sector;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * The fair catalogue: everybody filters and sorts it; staff also create, edit and cancel. It updates by itself when a
 * fair changes on any instance.
 */
@Route("fairs")
@PermitAll
public class FairCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final FairService fairs;
    private final SignedIn signedIn;
    private final Clock clock;
    private final CatalogueRows rows;

    final TextField text = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final Checkbox upcoming = new Checkbox();
    final Checkbox includeCancelled = new Checkbox();
    final Grid<Fair> grid = new Grid<>();
    final Button create = new Button();
    private @Nullable Disposable liveUpdates;

    FairCatalogueView(FairService fairs, SignedIn signedIn, Clock clock, CatalogueRows rows) {
        this.fairs = fairs;
        this.signedIn = signedIn;
        this.clock = clock;
        this.rows = rows;
        setSizeFull();
        setId("fair-catalogue");
        add(new PageHeader(getTranslation("fair.catalogue.title"), createButton()), filters(), grid);
        configureGrid();
        expand(grid);
    }

    private Button createButton() {
        create.setText(getTranslation("fair.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-fair");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(signedIn.isStaff());
        create.addClickListener(e -> openEditor(null));
        return create;
    }

    private FilterBar filters() {
        Locale locale = getLocale();
        text.setPlaceholder(getTranslation("fair.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("fair-filter-text");

        country.setPlaceholder(getTranslation("fair.filter.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> FairLabels.country(code, locale)))
                .toList());
        country.setItemLabelGenerator(code -> FairLabels.country(code, locale));
        country.setClearButtonVisible(true);
        country.setId("fair-filter-country");

        sector.setPlaceholder(getTranslation("fair.filter.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sector.setClearButtonVisible(true);
        sector.setId("fair-filter-sector");

        upcoming.setLabel(getTranslation("fair.filter.upcoming"));
        upcoming.setValue(true);
        upcoming.setId("fair-filter-upcoming");
        includeCancelled.setLabel(getTranslation("fair.filter.include-cancelled"));
        includeCancelled.setId("fair-filter-cancelled");
        return new FilterBar(this::refresh, text, country, sector, upcoming, includeCancelled);
    }

    private void configureGrid() {
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(clock);
        ValueProvider<Fair, CatalogueRows.CatalogueRow> row = rows.reader(locale, today, this);
        grid.setId("fair-grid");
        Columns.text(grid, f -> row.apply(f).name()).setHeader(getTranslation("fair.name"))
                .setSortProperty(FairSort.NAME.name()).setFlexGrow(3).setKey("name")
                .setTooltipGenerator(f -> row.apply(f).nameTitle());
        grid.addColumn(f -> row.apply(f).place()).setHeader(getTranslation("fair.country"))
                .setSortProperty(FairSort.COUNTRY.name()).setFlexGrow(2).setKey("place")
                .setTooltipGenerator(f -> row.apply(f).place());
        grid.addColumn(f -> row.apply(f).dates()).setHeader(getTranslation("fair.dates"))
                .setSortProperty(FairSort.START_DATE.name()).setAutoWidth(true).setFlexGrow(0).setKey("dates");
        grid.addColumn(f -> row.apply(f).sectors()).setHeader(getTranslation("fair.sectors"))
                .setFlexGrow(3).setKey("sectors").setTooltipGenerator(f -> row.apply(f).sectors());
        Columns.badge(grid, f -> row.apply(f).status()).setHeader(getTranslation("fair.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        if (signedIn.isStaff()) {
            Columns.actions(grid, this::actions);
        }
        RecordClick.opens(grid, f -> getUI().ifPresent(ui -> ui.navigate(FairView.class, f.id().toString())));
        grid.setMultiSort(false);
        grid.setItems(query -> UiCalls.fetch(fairs.search(filter(), sortOf(query.getSortOrders()),
                FairPage.of(query.getOffset(), Math.min(query.getLimit(), FairPage.MAX_LIMIT)))));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("dates"), SortDirection.ASCENDING)));
        grid.setEmptyStateText(getTranslation("fair.empty"));
    }

    private HorizontalLayout actions(Fair fair) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(fair));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("fair.edit"));
        edit.setTooltipText(getTranslation("fair.edit"));
        edit.addClassName("edit-fair");
        Button cancel = new Button(VaadinIcon.BAN.create(), e -> FairCancellation.of(this, fairs, signedIn, fair).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        cancel.setAriaLabel(getTranslation("fair.cancel"));
        cancel.setTooltipText(getTranslation("fair.cancel"));
        cancel.setEnabled(!fair.isCancelled());
        cancel.addClassName("cancel-fair");
        return new HorizontalLayout(edit, cancel);
    }

    private void openEditor(@Nullable Fair fair) {
        new FairEditor(fairs, signedIn, fair).open();
    }

    FairFilter filter() {
        return new FairFilter(upcoming.getValue(), country.getValue(), sector.getValue(), text.getValue(),
                includeCancelled.getValue());
    }

    private static FairSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return FairSort.START_DATE;
        }
        QuerySortOrder first = orders.getFirst();
        FairSort sort = FairSort.valueOf(first.getSorted());
        if (sort == FairSort.START_DATE && first.getDirection() == SortDirection.DESCENDING) {
            return FairSort.START_DATE_DESC;
        }
        return sort;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        liveUpdates = UiCalls.subscribe(ui, fairs.changes(), change -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveUpdates != null) {
            liveUpdates.dispose();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fair.catalogue.title") + " · " + getTranslation("app.title");
    }
}
