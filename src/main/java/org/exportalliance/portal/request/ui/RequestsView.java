package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestClocks;
import org.exportalliance.portal.request.RequestFilter;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * The requests a reader may see: a firm's own, newest first; staff's triage queue and a unit's queue by nearest
 * deadline, or everything. Each row shows its nearest running deadline and the working time left (red once passed).
 * A firm's people file a request from here; a click opens one. The list follows changes on any instance.
 */
@Route("requests")
@PermitAll
public class RequestsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    private final RequestService requests;
    private final RequestReader reader;
    private final Clock clock;
    private final ConcernChoices concernChoices;
    private final List<RequestCategory> categories;
    private final Map<String, RequestCategory> categoriesByCode;
    private final Map<UUID, ResponderUnit> units;
    private final Map<UUID, Firm> firms;
    private @Nullable RequestClocks clocks;

    final Grid<ServiceRequest> grid = new Grid<>();
    final Button file = new Button();
    final Select<RequestQueue> queue = new Select<>();
    final ComboBox<RequestStatus> status = new ComboBox<>();
    final ComboBox<RequestCategory> category = new ComboBox<>();
    final TextField text = new TextField();

    RequestsView(RequestService requests, RequestTriage triage, Responders responders, FirmService firmService,
            ConcernChoices concernChoices, SignedIn signedIn, Clock clock) {
        this.requests = requests;
        this.concernChoices = concernChoices;
        this.clock = clock;
        this.reader = new RequestReader(signedIn.actor(), UiCalls.fetch(responders.of(signedIn.actor())).toList());
        this.categories = UiCalls.fetch(requests.allCategories()).toList();
        this.categoriesByCode = categories.stream().collect(Collectors.toMap(RequestCategory::code,
                Function.identity()));
        this.units = UiCalls.fetch(triage.units()).collect(Collectors.toMap(ResponderUnit::id,
                Function.identity()));
        this.firms = reader.staff() || reader.unitMember() ? UiCalls.fetchOne(firmService.byId()).orElse(Map.of())
                : Map.of();
        setId("requests");
        setSizeFull();
        file.setText(getTranslation("requests.file"));
        file.setIcon(VaadinIcon.PLUS.create());
        file.setId("request-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setVisible(!reader.staff());
        file.addClickListener(e -> openForm());
        configureGrid();
        add(new PageHeader(getTranslation("requests.title"), file), filters(), grid);
        expand(grid);
        refresh();
        UiCalls.follow(this, requests.changes(), change -> refresh());
    }

    private FilterBar filters() {
        List<RequestQueue> queues = RequestQueue.of(reader);
        queue.setLabel(getTranslation("requests.queue"));
        queue.setItems(queues);
        queue.setItemLabelGenerator(q -> q.label(this, getLocale(), reader.units().size() > 1));
        queue.setId("request-queue");
        queue.setVisible(!queues.isEmpty());
        if (!queues.isEmpty()) {
            queue.setValue(queues.getFirst());
        }
        status.setPlaceholder(getTranslation("requests.status"));
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setId("request-filter-status");
        status.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("requests.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setId("request-filter-category");
        category.setClearButtonVisible(true);
        text.setPlaceholder(getTranslation("requests.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("request-filter-text");
        text.setWidth("16em");
        return new FilterBar(this::refresh, queue, status, category, text);
    }

    private void configureGrid() {
        grid.setId("request-grid");
        RecordClick.opens(grid, r -> getUI().ifPresent(ui -> ui.navigate(RequestView.location(r.id()))));
        grid.addColumn(ServiceRequest::reference).setHeader(getTranslation("requests.reference")).setKey("reference")
                .setAutoWidth(true).setFlexGrow(0);
        Columns.text(grid, ServiceRequest::title).setHeader(getTranslation("requests.title-column")).setKey("title")
                .setFlexGrow(2);
        Columns.text(grid, this::categoryName).setHeader(getTranslation("requests.category")).setKey("category");
        Columns.badge(grid, r -> RequestLabels.badge(r.status(), this)).setHeader(getTranslation(
                "requests.status")).setKey("status").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> getTranslation(r.status().messageKey()));
        grid.addColumn(r -> getTranslation(r.state().priority().messageKey()))
                .setHeader(getTranslation("requests.priority")).setKey("priority").setAutoWidth(true).setFlexGrow(0);
        if (reader.staff() || reader.unitMember()) {
            Columns.text(grid, r -> firms.containsKey(r.firmId()) ? firms.get(r.firmId()).name(getLocale()) : "")
                    .setHeader(getTranslation("requests.firm")).setKey("firm");
        }
        Columns.text(grid, r -> RequestLabels.unit(r.unitId(), units, getLocale())).setHeader(getTranslation(
                "requests.unit")).setKey("unit");
        grid.addColumn(r -> Formats.dateTime(r.filedAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("requests.filed")).setKey("filed").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("requests.deadline")).setKey("deadline")
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(this::deadlineText);
        grid.setEmptyStateText(getTranslation("requests.empty"));
    }

    private String categoryName(ServiceRequest r) {
        RequestCategory c = categoriesByCode.get(r.category());
        return c == null ? r.category() : c.name(getLocale());
    }

    /** The nearest running deadline with what is left, or what is left of a paused clock; red once it has passed. */
    private Component deadline(ServiceRequest r) {
        RequestClocks c = clocks;
        return c == null ? new Span() : reading(r, c).map(reading -> (Component) RequestLabels.deadlineSpan(reading,
                c.workingDay(), clock.getZone(), this, getLocale())).orElseGet(Span::new);
    }

    String deadlineText(ServiceRequest r) {
        RequestClocks c = clocks;
        return c == null ? "" : reading(r, c).map(reading -> RequestLabels.deadline(reading, c.workingDay(),
                clock.getZone(), this, getLocale())).orElse("");
    }

    private static Optional<RequestClocks.Reading> reading(ServiceRequest r, RequestClocks c) {
        return c.nearest(r).or(() -> c.of(r).stream().findFirst());
    }

    /** The list's filter now; empty when the queue and the status chosen cannot both hold. */
    Optional<RequestFilter> filter() {
        RequestQueue q = queue.getValue() == null ? new RequestQueue(RequestQueue.Kind.ALL, null) : queue.getValue();
        return q.filter(status.getValue(), category.getValue() == null ? null : category.getValue().code(),
                text.getValue());
    }

    private void openForm() {
        new RequestForm(requests, reader.actor(), categories,
                filed -> getUI().ifPresent(ui -> ui.navigate(RequestView.location(filed.id()))))
                .offering(UiCalls.fetch(concernChoices.of(reader.actor(), getLocale())).toList())
                .open();
    }

    void refresh() {
        clocks = UiCalls.fetchOne(requests.clocks()).orElse(null);
        grid.setItems(filter().map(f -> UiCalls.fetch(requests.list(reader.actor(), f, 0, SHOWN)).toList())
                .orElse(List.of()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title") + " · " + getTranslation("app.title");
    }
}
