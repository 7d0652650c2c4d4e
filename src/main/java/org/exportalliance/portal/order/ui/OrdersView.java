package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderFilter;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.IsoCodes;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.Badge;
import org.jspecify.annotations.Nullable;

/**
 * A firm's export orders, newest first: buyer, destination, terms, total (and in CNY once confirmed), stage and
 * where each came from. The firm records new ones and moves them from quote to payment; staff see every firm's
 * orders, read-only.
 */
@Route("orders")
@PermitAll
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    private final OrderService orders;
    private final ClaimService claims;
    private final DelegationService delegations;
    private final AccountService accounts;
    private final Actor actor;
    private final Clock clock;
    private final Map<String, MachineCategory> taxonomy;
    private final Map<UUID, Firm> firmsById;

    final Grid<ExportOrder> grid = new Grid<>();
    final Button create = new Button();
    final TextField text = new TextField();
    final ComboBox<OrderStage> stage = new ComboBox<>();
    final DatePicker from = DatePickerLanguage.datePicker();
    final DatePicker to = DatePickerLanguage.datePicker();
    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<String> destination = new ComboBox<>();

    OrdersView(OrderService orders, ClaimService claims, DelegationService delegations, FirmService firms,
            AccountService accounts, SignedIn signedIn, Clock clock) {
        this.orders = orders;
        this.claims = claims;
        this.delegations = delegations;
        this.accounts = accounts;
        this.actor = signedIn.actor();
        this.clock = clock;
        this.taxonomy = UiCalls.fetch(firms.categories())
                .collect(Collectors.toMap(MachineCategory::code, c -> c, (a, b) -> a,
                        LinkedHashMap::new));
        this.firmsById = actor.isStaff() ? UiCalls.fetchOne(firms.byId()).orElse(Map.of()) : Map.of();
        setId("orders");
        setSizeFull();

        create.setText(getTranslation("orders.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("order-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!actor.isStaff());
        create.addClickListener(e -> openForm(null));
        configureGrid();
        add(new PageHeader(getTranslation("nav.orders"), create), filters(), grid);
        expand(grid);
        refresh();
        offerWhatTheOrdersHave();
    }

    /** The filters a list of hundreds of orders needs; the service filters, in its query, within the firm scope. */
    private FilterBar filters() {
        Locale locale = getLocale();
        text.setPlaceholder(getTranslation(actor.isStaff() ? "orders.filter.text-staff" : "orders.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("order-filter-text");
        text.setWidth("18em");
        stage.setPlaceholder(getTranslation("orders.stage"));
        stage.setItems(OrderStage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stage.setId("order-filter-stage");
        from.setPlaceholder(getTranslation("orders.filter.from"));
        from.setId("order-filter-from");
        to.setPlaceholder(getTranslation("orders.filter.to"));
        to.setId("order-filter-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        currency.setPlaceholder(getTranslation("orders.field.currency"));
        currency.setItemLabelGenerator(code -> IsoCodes.currencyLabel(code, locale));
        currency.setId("order-filter-currency");
        destination.setPlaceholder(getTranslation("orders.field.destination"));
        destination.setItemLabelGenerator(code -> PortalLocales.countryName(code, locale));
        destination.setId("order-filter-destination");
        List.of(stage, currency, destination).forEach(box -> box.setClearButtonVisible(true));
        List.of(from, to).forEach(day -> day.setClearButtonVisible(true));
        text.setClearButtonVisible(true);
        return new FilterBar(this::refresh, text, stage, from, to, currency, destination);
    }

    /** Currencies and destinations to choose from: those the user's orders have, not every code there is. */
    private void offerWhatTheOrdersHave() {
        List<ExportOrder> all = grid.getGenericDataView().getItems().toList();
        currency.setItems(all.stream().map(ExportOrder::currency).distinct().sorted().toList());
        destination.setItems(all.stream().map(ExportOrder::destinationCountry).distinct()
                .sorted(java.util.Comparator.comparing(c -> PortalLocales.countryName(c, getLocale()))).toList());
    }

    OrderFilter filter() {
        return new OrderFilter(text.getValue(), stage.getValue(), from.getValue(), to.getValue(),
                currency.getValue(), destination.getValue());
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("order-grid");
        // A click on the row's own buttons (the actions column) is theirs, not the row's.
        RecordClick.opens(grid, this::openDetail);
        Columns.text(grid, ExportOrder::buyerName).setHeader(getTranslation("orders.field.buyer")).setKey("buyer")
                .setFlexGrow(2);
        if (actor.isStaff()) {
            Columns.text(grid, o -> firmsById.containsKey(o.firmId()) ? firmsById.get(o.firmId()).name(locale) : "")
                    .setHeader(getTranslation("orders.firm")).setKey("firm");
        }
        grid.addColumn(o -> PortalLocales.countryName(o.destinationCountry(), locale))
                .setHeader(getTranslation("orders.field.destination")).setKey("destination");
        grid.addColumn(o -> o.incoterm().name() + " " + o.namedPlace()).setHeader(getTranslation("orders.terms"))
                .setKey("terms");
        Columns.money(grid, o -> OrderLabels.money(o.total(), locale)).setHeader(getTranslation("orders.total"))
                .setKey("total");
        Columns.money(grid, o -> OrderLabels.money(o.totalCny(), locale)).setHeader(getTranslation("orders.total-cny"))
                .setKey("totalCny");
        Columns.badge(grid, this::stage).setHeader(getTranslation("orders.stage")).setKey("stage");
        grid.addColumn(o -> Formats.date(o.stageOn(), locale)).setHeader(getTranslation("orders.stage-on"))
                .setKey("stageOn");
        grid.addColumn(o -> getTranslation(o.attribution().messageKey()))
                .setHeader(getTranslation("orders.field.attribution")).setKey("attribution");
        Columns.actions(grid, this::actions);
    }

    private Badge stage(ExportOrder order) {
        return new Badge(getTranslation(order.stage().messageKey()), order.stage().won() ? "success" : "");
    }

    private HorizontalLayout actions(ExportOrder order) {
        HorizontalLayout actions = new HorizontalLayout();
        if (order.firmId().equals(actor.firmId()) && !order.stage().next().isEmpty()) {
            Button advance = new Button(getTranslation("orders.advance"), VaadinIcon.ARROW_RIGHT.create());
            advance.addClassName("order-advance");
            advance.addThemeVariants(ButtonVariant.LUMO_SMALL);
            advance.addClickListener(e -> new OrderStageDialog(order, orders, actor, LocalDate.now(clock),
                    moved -> refresh()).open());
            actions.add(advance);
        }
        return actions;
    }

    private void openForm(@Nullable ExportOrder existing) {
        List<Claim> own = UiCalls.fetch(claims.list(actor, false, 0, 200)).toList();
        List<Delegation> taken = UiCalls.fetch(delegations.list(null)
                .filterWhen(d -> delegations.takesPart(actor, d.id()))).toList();
        new OrderForm(orders, actor, taxonomy, own, taken, existing, saved -> {
            UiCalls.showSuccess(this, "orders.saved", saved.buyerName());
            refresh();
        }).open();
    }

    private void openDetail(ExportOrder order) {
        new OrderDetailDialog(order, orders, accounts, actor, taxonomy, () -> openForm(order)).open();
    }

    void refresh() {
        grid.setItems(UiCalls.fetch(orders.list(actor, filter(), 0, SHOWN)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orders") + " · " + getTranslation("app.title");
    }
}
