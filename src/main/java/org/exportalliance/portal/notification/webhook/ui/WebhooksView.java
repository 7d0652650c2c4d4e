package org.exportalliance.portal.notification.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.webhook.CreatedEndpoint;
import org.exportalliance.portal.notification.webhook.DeliveryRecord;
import org.exportalliance.portal.notification.webhook.WebhookDeliveries;
import org.exportalliance.portal.notification.webhook.WebhookEndpoint;
import org.exportalliance.portal.notification.webhook.WebhookEndpoints;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * Webhook endpoints: a firm admin keeps their firm's, staff the alliance-wide ones (and may look at every firm's). A
 * click opens an endpoint's record with its delivery log; the row's buttons edit it, rotate its secret and delete it,
 * the last two after asking. Members who are not firm admins are refused the page, as the service refuses them.
 */
@Route("webhooks")
@RolesAllowed({"STAFF", "FIRM_ADMIN"})
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    /** Staff choose whether to see the alliance's endpoints only or every firm's as well. */
    enum Scope {
        ALLIANCE, ALL
    }

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries log;
    private final SignedIn signedIn;
    private final ZoneId zone;

    final Button add = new Button();
    final Select<Scope> scope = new Select<>();
    final Grid<WebhookEndpoint> grid = new Grid<>();
    private Map<UUID, DeliveryRecord> latest = Map.of();

    WebhooksView(WebhookEndpoints endpoints, WebhookDeliveries log, SignedIn signedIn, Clock clock) {
        this.endpoints = endpoints;
        this.log = log;
        this.signedIn = signedIn;
        this.zone = clock.getZone();
        setSizeFull();
        setId("webhooks");
        boolean staff = signedIn.actor().isStaff();
        add.setText(getTranslation("webhook.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openAdd());
        scope.setLabel(getTranslation("webhook.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation(
                s == Scope.ALL ? "webhook.scope.all" : "webhook.scope.alliance"));
        scope.setValue(Scope.ALLIANCE);
        scope.setId("webhook-scope");
        Paragraph intro = new Paragraph(getTranslation(staff ? "webhook.intro.staff" : "webhook.intro.firm"));
        intro.setId("webhook-intro");
        add(new PageHeader(getTranslation("webhook.title"), add), intro);
        if (staff) {
            add(new FilterBar(this::refresh, scope));
        }
        add(grid);
        configureGrid(staff);
        expand(grid);
        refresh();
    }

    private void configureGrid(boolean staff) {
        grid.setId("webhook-grid");
        Columns.text(grid, WebhookEndpoint::url).setHeader(getTranslation("webhook.url")).setFlexGrow(2)
                .setKey("url");
        if (staff) {
            grid.addColumn(e -> getTranslation(e.allianceWide() ? "webhook.scope.alliance" : "webhook.scope.firm"))
                    .setHeader(getTranslation("webhook.scope")).setAutoWidth(true).setFlexGrow(0).setKey("scope");
        }
        Columns.text(grid, e -> WebhookLabels.events(this, e.events())).setHeader(getTranslation("webhook.events"))
                .setFlexGrow(2).setKey("events");
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("webhook.state")).setAutoWidth(true)
                .setFlexGrow(0).setKey("state");
        Columns.text(grid, this::lastDelivery).setHeader(getTranslation("webhook.last")).setFlexGrow(1)
                .setKey("last");
        Columns.actions(grid, this::actions);
        RecordClick.opens(grid, this::open);
        grid.setEmptyStateText(getTranslation("webhook.empty"));
    }

    private Span stateBadge(WebhookEndpoint e) {
        Span badge = new Span(WebhookLabels.state(this, e));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(e.enabled() ? "success" : "error");
        return badge;
    }

    /** The endpoint's newest delivery: its outcome and when it happened. */
    String lastDelivery(WebhookEndpoint e) {
        DeliveryRecord d = latest.get(e.id());
        if (d == null) {
            return getTranslation("webhook.last.none");
        }
        return getTranslation("webhook.last.at", WebhookLabels.outcome(this, d),
                Formats.dateTime(d.lastAttempt().map(DeliveryRecord.Attempt::at).orElse(d.createdAt()), zone,
                        getLocale()));
    }

    private HorizontalLayout actions(WebhookEndpoint e) {
        HorizontalLayout actions = new HorizontalLayout(
                action(VaadinIcon.EDIT, "webhook.edit", "webhook-edit", () -> edit(e), false));
        // Staff switch a firm's endpoint off or remove it, but its secret is the firm's alone.
        if (WebhookEndpoints.ownedBy(signedIn.actor(), e)) {
            actions.add(action(VaadinIcon.KEY, "webhook.rotate", "webhook-rotate", () -> confirmRotate(e), false));
        }
        actions.add(action(VaadinIcon.TRASH, "webhook.delete", "webhook-delete", () -> confirmDelete(e), true));
        return actions;
    }

    private Button action(VaadinIcon icon, String labelKey, String className, Runnable click, boolean destructive) {
        Button button = new Button(icon.create(), ev -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (destructive) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }

    WebhookEndpointDialog openAdd() {
        WebhookEndpointDialog dialog = new WebhookEndpointDialog(endpoints, signedIn, null, this::saved);
        dialog.open();
        return dialog;
    }

    WebhookEndpointDialog edit(WebhookEndpoint e) {
        WebhookEndpointDialog dialog = new WebhookEndpointDialog(endpoints, signedIn, e, this::saved);
        dialog.open();
        return dialog;
    }

    private void saved(@Nullable CreatedEndpoint created) {
        refresh();
        if (created != null) {
            showSecret(created);
        }
    }

    private void showSecret(CreatedEndpoint created) {
        new WebhookSecretDialog(created, zone).open();
    }

    /** A new secret replaces the one the receiver checks: asks first, and says how long both sign. */
    Confirmation confirmRotate(WebhookEndpoint e) {
        Confirmation confirmation = Confirmation.of(getTranslation("webhook.rotate.title"),
                        getTranslation("webhook.rotate.consequence", e.url(),
                                WebhookLabels.duration(this, endpoints.rotationOverlap())),
                        getTranslation("webhook.rotate.confirm"))
                .calling(reason -> endpoints.rotate(signedIn.actor(), e.id()), rotated -> {
                    refresh();
                    showSecret(rotated);
                });
        confirmation.open();
        return confirmation;
    }

    Confirmation confirmDelete(WebhookEndpoint e) {
        Confirmation confirmation = Confirmation.of(getTranslation("webhook.delete.title"),
                        getTranslation("webhook.delete.consequence", e.url()), getTranslation("webhook.delete.confirm"))
                .calling(reason -> endpoints.delete(signedIn.actor(), e.id()).thenReturn(true), done -> {
                    UiCalls.showSuccess(this, "webhook.deleted");
                    refresh();
                });
        confirmation.open();
        return confirmation;
    }

    void open(WebhookEndpoint e) {
        UiCalls.openNow(this, log.of(signedIn.actor(), e.id(), WebhookRecordDialog.SHOWN),
                shown -> new WebhookRecordDialog(log, signedIn, e, shown, zone).open());
    }

    /** The endpoints again, with each one's newest delivery; staff's list narrowed to the scope they chose. */
    void refresh() {
        Actor actor = signedIn.actor();
        latest = UiCalls.fetchOne(log.latest(actor)).orElse(Map.of());
        boolean allianceOnly = actor.isStaff() && scope.getValue() != Scope.ALL;
        List<WebhookEndpoint> shown = UiCalls.fetch(endpoints.list(actor)
                .filter(e -> !allianceOnly || e.allianceWide())).toList();
        grid.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.title") + " · " + getTranslation("app.title");
    }
}
