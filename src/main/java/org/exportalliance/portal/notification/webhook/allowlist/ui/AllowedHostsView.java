package org.exportalliance.portal.notification.webhook.allowlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHost;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHostDraft;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHostRules;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHosts;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Staff keep the hosts webhooks may reach inside private networks here: the list with who added each entry and why,
 * a host name, address or CIDR block added with a note, an entry removed after asking. It follows changes made
 * elsewhere.
 */
@Route("webhooks/allowed-hosts")
@RolesAllowed("STAFF")
public class AllowedHostsView extends VerticalLayout implements HasDynamicTitle {

    private final AllowedHosts hosts;
    private final AccountService accounts;
    private final SignedIn signedIn;
    private final Clock clock;
    private final Map<UUID, String> names = new HashMap<>();

    final TextField entry = new TextField();
    final TextField note = new TextField();
    final Button add = new Button();
    final Grid<AllowedHost> grid = new Grid<>();

    AllowedHostsView(AllowedHosts hosts, AccountService accounts, SignedIn signedIn, Clock clock) {
        this.hosts = hosts;
        this.accounts = accounts;
        this.signedIn = signedIn;
        this.clock = clock;
        setSizeFull();
        setId("allowed-hosts");
        Paragraph intro = new Paragraph(getTranslation("webhook.allowlist.intro"));
        intro.setId("allowed-hosts-intro");
        entry.setLabel(getTranslation("webhook.allowlist.entry-label"));
        entry.setHelperText(getTranslation("webhook.allowlist.entry-help"));
        entry.setMaxLength(AllowedHostRules.MAX_ENTRY);
        entry.setId("allowed-host-entry");
        entry.setWidth("min(24rem, 100%)");
        note.setLabel(getTranslation("webhook.allowlist.note-label"));
        note.setMaxLength(AllowedHostRules.MAX_NOTE);
        note.setId("allowed-host-note");
        note.setWidth("min(28rem, 100%)");
        add.setText(getTranslation("webhook.allowlist.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("allowed-host-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addEntry());
        HorizontalLayout form = new HorizontalLayout(entry, note, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new PageHeader(getTranslation("webhook.allowlist.title")), intro, form, grid);
        configureGrid();
        expand(grid);
        refresh();
        UiCalls.follow(this, hosts.changes(), change -> refresh());
    }

    private void configureGrid() {
        grid.setId("allowed-hosts-grid");
        Columns.text(grid, AllowedHost::entry).setHeader(getTranslation("webhook.allowlist.entry-label"))
                .setKey("entry");
        grid.addColumn(h -> getTranslation("webhook.allowlist.kind." + h.kind().name()))
                .setHeader(getTranslation("webhook.allowlist.kind")).setAutoWidth(true).setFlexGrow(0)
                .setKey("kind");
        Columns.text(grid, AllowedHost::note).setHeader(getTranslation("webhook.allowlist.note-label"))
                .setKey("note");
        Columns.text(grid, h -> h.addedBy() == null ? "" : names.getOrDefault(h.addedBy(), ""))
                .setHeader(getTranslation("webhook.allowlist.added-by")).setKey("addedBy");
        grid.addColumn(h -> Formats.dateTime(h.addedAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("webhook.allowlist.added-at")).setAutoWidth(true).setFlexGrow(0)
                .setKey("addedAt");
        Columns.actions(grid, this::actions);
        grid.setEmptyStateText(getTranslation("webhook.allowlist.empty"));
    }

    private Button actions(AllowedHost host) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(host));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("webhook.allowlist.remove"));
        remove.setTooltipText(getTranslation("webhook.allowlist.remove"));
        remove.addClassName("remove-host");
        return remove;
    }

    private void addEntry() {
        add.setEnabled(false);
        UiCalls.run(this, hosts.add(signedIn.actor(), new AllowedHostDraft(entry.getValue(), note.getValue())),
                added -> {
                    add.setEnabled(true);
                    entry.clear();
                    note.clear();
                    mark(List.of());
                    UiCalls.showSuccess(this, "webhook.allowlist.added", added.entry());
                    refresh();
                }, refused -> {
                    add.setEnabled(true);
                    UiCalls.intoForm(this, this::mark).accept(refused);
                });
    }

    private void mark(List<FieldProblem> problems) {
        entry.setInvalid(false);
        note.setInvalid(false);
        for (FieldProblem p : problems) {
            TextField field = "note".equals(p.field()) ? note : entry;
            field.setErrorMessage(getTranslation(p.messageKey()));
            field.setInvalid(true);
        }
    }

    /** Endpoints behind the entry are refused from the next send on: asks first, naming the entry. */
    Confirmation confirmRemove(AllowedHost host) {
        Confirmation confirmation = Confirmation.of(getTranslation("webhook.allowlist.remove.title", host.entry()),
                        getTranslation("webhook.allowlist.remove.consequence", host.entry()),
                        getTranslation("webhook.allowlist.remove.confirm"))
                .calling(reason -> hosts.remove(signedIn.actor(), host.id()), removed -> {
                    UiCalls.showSuccess(this, "webhook.allowlist.removed", removed.entry());
                    refresh();
                });
        confirmation.open();
        return confirmation;
    }

    void refresh() {
        List<AllowedHost> rows = UiCalls.fetch(hosts.list(signedIn.actor())).toList();
        rows.stream().map(AllowedHost::addedBy).filter(Objects::nonNull).distinct()
                .filter(id -> !names.containsKey(id))
                .forEach(id -> UiCalls.fetchOne(accounts.findById(id))
                        .ifPresent(user -> names.put(id, displayName(user))));
        grid.setItems(rows);
    }

    private static String displayName(UserAccount user) {
        return user.displayName().isBlank() ? user.username() : user.displayName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.allowlist.title") + " · " + getTranslation("app.title");
    }
}
