package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.setup.UnitEntry;
import org.exportalliance.portal.request.setup.UnitSetup;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UnexpectedFailure;
import reactor.core.publisher.Flux;

/**
 * The responder units, those taking requests first, each with its kind, lead, members, categories and the requests
 * it has in hand. A click opens one to change; stopping one asks first and is refused while requests are with it.
 */
class UnitsTab extends VerticalLayout {

    final Button add = new Button();
    final Grid<UnitEntry> grid = new Grid<>();
    private final UnitSetup units;
    private final RequestService requests;
    private final AccountService accounts;
    private final FirmService firms;
    private final SignedIn signedIn;
    private Map<UUID, UserAccount> people = Map.of();
    private Map<String, RequestCategory> categories = Map.of();

    UnitsTab(UnitSetup units, RequestService requests, AccountService accounts, FirmService firms,
            SignedIn signedIn) {
        this.units = units;
        this.requests = requests;
        this.accounts = accounts;
        this.firms = firms;
        this.signedIn = signedIn;
        setPadding(false);
        setSizeFull();
        add.setText(getTranslation("request.setup.unit.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("setup-unit-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new UnitDialog(units, signedIn, context(), null, saved -> refresh()).open());
        grid.setId("setup-unit-grid");
        Columns.text(grid, e -> e.unit().name(getLocale())).setHeader(getTranslation("request.setup.unit.name"))
                .setKey("name").setFlexGrow(2);
        grid.addColumn(e -> SetupLabels.kind(this, e.unit().kind())).setHeader(getTranslation(
                "request.setup.unit.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        Columns.text(grid, e -> e.unit().leadUserId() == null || !people.containsKey(e.unit().leadUserId()) ? ""
                : people.get(e.unit().leadUserId()).displayName()).setHeader(getTranslation(
                "request.setup.unit.lead")).setKey("lead");
        Columns.text(grid, this::memberNames).setHeader(getTranslation("request.setup.unit.members")).setKey("members");
        Columns.text(grid, this::categoryNames).setHeader(getTranslation("request.setup.unit.categories"))
                .setKey("categories").setFlexGrow(2);
        grid.addColumn(UnitEntry::open).setHeader(getTranslation("request.setup.unit.open")).setKey("open")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> SetupLabels.badge(this, e.unit().active(), "request.setup.unit.active",
                        "request.setup.unit.inactive")).setHeader(getTranslation("request.setup.unit.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        Columns.actions(grid, this::actions);
        RecordClick.opens(grid, this::edit);
        grid.setEmptyStateText(getTranslation("request.setup.unit.empty"));
        add(new HorizontalLayout(add), grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout actions(UnitEntry entry) {
        Button edit = SetupLabels.rowButton(this, VaadinIcon.EDIT, "request.setup.edit", "edit-unit",
                () -> edit(entry));
        Button toggle = entry.unit().active()
                ? SetupLabels.rowButton(this, VaadinIcon.BAN, "request.setup.unit.deactivate", "deactivate-unit",
                        () -> confirmDeactivate(entry))
                : SetupLabels.rowButton(this, VaadinIcon.CHECK, "request.setup.unit.activate", "activate-unit",
                        () -> activate(entry));
        return new HorizontalLayout(edit, toggle);
    }

    void edit(UnitEntry entry) {
        UiCalls.openNow(this, units.find(signedIn.actor(), entry.unit().id()),
                found -> new UnitDialog(units, signedIn, context(), found, saved -> refresh()).open());
    }

    /** Dispatch stops offering it: asks first; a unit with requests in hand is refused, said in the dialog. */
    Confirmation confirmDeactivate(UnitEntry entry) {
        String name = entry.unit().name(getLocale());
        Confirmation confirmation = Confirmation.of(getTranslation("request.setup.unit.deactivate.title", name),
                        getTranslation("request.setup.unit.deactivate.consequence", name),
                        getTranslation("request.setup.unit.deactivate.confirm"))
                .calling(reason -> units.setActive(signedIn.actor(), entry.unit().id(), entry.version(), false),
                        done -> {
                            UiCalls.showSuccess(this, "request.setup.unit.deactivated", name);
                            refresh();
                        })
                .onRefusal(refusal -> refresh());
        confirmation.open();
        return confirmation;
    }

    void activate(UnitEntry entry) {
        UiCalls.run(this, units.setActive(signedIn.actor(), entry.unit().id(), entry.version(), true), done -> {
            UiCalls.showSuccess(this, "request.setup.unit.activated", entry.unit().name(getLocale()));
            refresh();
        }, refusal -> {
            if (!(refusal instanceof UnexpectedFailure)) {
                UiCalls.showRefusal(this, refusal);
            }
            refresh();
        });
    }

    private UnitDialog.Context context() {
        return new UnitDialog.Context(List.copyOf(categories.values()), people, accounts,
                UiCalls.fetchOne(firms.byId()).orElse(Map.of()), UiCalls.fetchOne(firms.association()).orElse(null));
    }

    private String memberNames(UnitEntry e) {
        return e.unit().members().stream().map(people::get).filter(Objects::nonNull).map(UserAccount::displayName)
                .sorted().collect(Collectors.joining(getTranslation("request.setup.list-separator")));
    }

    private String categoryNames(UnitEntry e) {
        return e.unit().categories().stream().map(categories::get).filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing(RequestCategory::position)).map(c -> c.name(getLocale()))
                .collect(Collectors.joining(getTranslation("request.setup.list-separator")));
    }

    /** Reloads the units with the people and category names they show. */
    void refresh() {
        List<UnitEntry> all = UiCalls.fetch(units.all(signedIn.actor())).toList();
        Map<String, RequestCategory> named = new java.util.LinkedHashMap<>();
        UiCalls.fetch(requests.allCategories()).forEach(c -> named.put(c.code(), c));
        categories = named;
        people = new HashMap<>(UiCalls.fetchOne(Flux.fromIterable(all).flatMapIterable(e -> e.unit().members())
                .distinct().flatMap(accounts::findById).collectMap(UserAccount::id)).orElse(Map.of()));
        grid.setItems(all);
    }
}
