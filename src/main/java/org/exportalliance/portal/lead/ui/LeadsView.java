package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.Contact;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadPage;
import org.exportalliance.portal.lead.LeadRow;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.export.LeadExports;
import org.exportalliance.portal.lead.export.ui.LeadExportLink;
import org.exportalliance.portal.lead.importing.ui.LeadImportView;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * The leads a user may see, newest first, with the holds on each buyer as blind signals. The service decides the
 * visibility in its query; new leads the user may see arrive live from any instance.
 */
@Route("leads")
@PermitAll
public class LeadsView extends VerticalLayout implements HasDynamicTitle {

    private final LeadContext context;
    private final Map<String, MachineCategory> taxonomy;

    final TextField text = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<String> category = new ComboBox<>();
    final ComboBox<LeadSource> source = new ComboBox<>();
    final Checkbox ownOnly = new Checkbox();
    final Grid<LeadRow> grid = new Grid<>();
    final Button create = new Button();
    /** The toolbar, where import and export can add their buttons. */
    final HorizontalLayout header;
    private @Nullable Disposable feed;
    private final LeadExports exports;

    /** A lead's version before any edit (the schema's default). */
    static final long FIRST_VERSION = 0;

    LeadsView(LeadService leads, ClaimService claims, FirmService firms, FairService fairs, LeadExports exports,
            SignedIn signedIn, Clock clock) {
        this.context = new LeadContext(leads, claims, firms, fairs, signedIn.actor(), clock,
                UiCalls.fetchOne(leads.categories()).orElse(Map.of()));
        this.exports = exports;
        this.taxonomy = context.taxonomy();
        setSizeFull();
        setId("leads");
        header = header();
        add(header, filters(), grid);
        configureGrid();
        expand(grid);
    }

    private HorizontalLayout header() {
        create.setText(getTranslation("lead.list.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("lead-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null, List.of()));
        Button importFile = new Button(getTranslation("lead.list.import"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(LeadImportView.class)));
        importFile.setId("lead-import");
        Anchor export = LeadExportLink.of(exports, context.actor(), this::filter, getLocale(),
                getTranslation("lead.export.link"));
        return new PageHeader(getTranslation("lead.list.title"), export, importFile, create);
    }

    private FilterBar filters() {
        Locale locale = getLocale();
        text.setPlaceholder(getTranslation("lead.list.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("lead-filter-text");

        country.setPlaceholder(getTranslation("lead.list.filter.country"));
        country.setItems(LeadLabels.countries(locale));
        country.setItemLabelGenerator(code -> LeadLabels.country(code, locale));
        country.setClearButtonVisible(true);
        country.setId("lead-filter-country");

        category.setPlaceholder(getTranslation("lead.list.filter.category"));
        category.setItems(taxonomy.keySet());
        category.setItemLabelGenerator(code -> LeadLabels.category(code, taxonomy, locale));
        category.setClearButtonVisible(true);
        category.setId("lead-filter-category");

        source.setPlaceholder(getTranslation("lead.list.filter.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setClearButtonVisible(true);
        source.setId("lead-filter-source");

        ownOnly.setLabel(getTranslation("lead.list.filter.own"));
        ownOnly.setId("lead-filter-own");

        return new FilterBar(this::refresh, text, country, category, source, ownOnly);
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("leads-grid");
        Columns.text(grid, row -> row.lead().companyName()).setHeader(getTranslation("lead.field.company"))
                .setFlexGrow(3).setKey("company").setTooltipGenerator(row -> row.lead().companyName());
        grid.addColumn(row -> LeadLabels.place(row.lead(), locale)).setHeader(getTranslation("lead.field.place"))
                .setFlexGrow(2).setKey("place");
        grid.addColumn(row -> LeadLabels.categories(row.lead().categories(), taxonomy, locale))
                .setHeader(getTranslation("lead.field.categories")).setFlexGrow(2).setKey("categories");
        grid.addColumn(row -> getTranslation(row.lead().source().messageKey()))
                .setHeader(getTranslation("lead.field.source")).setAutoWidth(true).setFlexGrow(0).setKey("source");
        Columns.money(grid, row -> Formats.money(row.lead().estimatedValue(), row.lead().currency(), locale))
                .setHeader(getTranslation("lead.field.value")).setAutoWidth(true).setFlexGrow(0).setKey("value")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> getTranslation(row.lead().visibility().messageKey()))
                .setHeader(getTranslation("lead.field.visibility")).setAutoWidth(true).setFlexGrow(0).setKey("visibility");
        grid.addColumn(row -> Formats.date(row.lead().createdAt(), context.clock().getZone(), locale))
                .setHeader(getTranslation("lead.field.created")).setAutoWidth(true).setFlexGrow(0).setKey("created");
        grid.addColumn(this::status).setHeader(getTranslation("lead.field.status")).setFlexGrow(3).setKey("status")
                .setTooltipGenerator(this::status);
        grid.setItems(query -> UiCalls.fetch(context.leads().search(context.actor(), filter(),
                LeadPage.of(query.getOffset(), Math.min(query.getLimit(), LeadPage.MAX_LIMIT)))));
        grid.setEmptyStateText(getTranslation("lead.list.empty"));
        RecordClick.opens(grid, row -> openDetail(row.lead().id()));
    }

    /** The holds on the row's buyer: the blind signal for other members', plainly for the own firm's. */
    String status(LeadRow row) {
        return LeadLabels.holds(row.holds(), taxonomy, this, getLocale(), context.clock().getZone());
    }

    /** The detail of a lead; a lead that vanished from view (or never was visible) says so. */
    void openDetail(UUID id) {
        UiCalls.openNow(this, context.leads().find(context.actor(), id),
                row -> new LeadDetailDialog(context, row, this::openForm, this::refresh).open());
    }

    /** The form for a new lead ({@code lead} null) or for editing one with its revealed contacts. */
    void openForm(@Nullable Lead lead,
            List<Contact> contacts) {
        new LeadForm(context, lead, contacts, this::refresh).open();
    }

    LeadFilter filter() {
        return new LeadFilter(country.getValue(), category.getValue(), source.getValue(), text.getValue(),
                ownOnly.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** A lead this user may see was created or changed somewhere: reload, and name a new one. */
    void arrived(LeadRow row) {
        refresh();
        if (row.lead().version() == FIRST_VERSION) {
            Notification.show(getTranslation("lead.list.arrived", row.lead().companyName()), 4000,
                    Notification.Position.BOTTOM_END);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // The service reads each event back through the viewer's visibility: nothing arrives that this user may
        // not see. The handover leaves the reactive thread first, as pushing writes to a socket.
        feed = context.leads().feed(context.actor())
                .publishOn(Schedulers.boundedElastic())
                .subscribe(row -> ui.access(() -> arrived(row)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (feed != null) {
            feed.dispose();
            feed = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lead.list.title") + " · " + getTranslation("app.title");
    }
}
