package org.exportalliance.portal.notification.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.notification.webhook.DeliveryRecord;
import org.exportalliance.portal.notification.webhook.WebhookDeliveries;
import org.exportalliance.portal.notification.webhook.WebhookEndpoint;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * An endpoint's record: what it is (address, note, events, state, since when, until when the previous secret signs)
 * and its delivery log, newest first: the event, its webhook-id, attempts, the last status code, the next attempt and
 * the outcome, with "send again" on each delivery (the same webhook-id, so the receiver can tell a repeat).
 */
class WebhookRecordDialog extends Dialog {

    static final int SHOWN = 100;

    final Grid<DeliveryRecord> deliveries = new Grid<>();
    final Button refresh = new Button();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final WebhookDeliveries log;
    private final SignedIn signedIn;
    private final WebhookEndpoint endpoint;
    private final ZoneId zone;

    WebhookRecordDialog(WebhookDeliveries log, SignedIn signedIn, WebhookEndpoint endpoint, List<DeliveryRecord> shown,
            ZoneId zone) {
        this.log = log;
        this.signedIn = signedIn;
        this.endpoint = endpoint;
        this.zone = zone;
        setId("webhook-record");
        setHeaderTitle(endpoint.url());
        setWidth("min(72rem, 96vw)");

        Div about = new Div();
        fact(about, "webhook.description", endpoint.description().isEmpty() ? WebhookLabels.NONE
                : endpoint.description());
        fact(about, "webhook.events", WebhookLabels.events(this, endpoint.events()));
        fact(about, "webhook.state", WebhookLabels.state(this, endpoint));
        fact(about, "webhook.record.created", Formats.dateTime(endpoint.createdAt(), zone, getLocale()));
        if (endpoint.rotationOverlapUntil() != null) {
            fact(about, "webhook.record.overlap",
                    Formats.dateTime(endpoint.rotationOverlapUntil(), zone, getLocale()));
        }
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.setText(getTranslation("webhook.deliveries.refresh"));
        refresh.setId("webhook-deliveries-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.addClickListener(e -> reload());
        H4 heading = new H4(getTranslation("webhook.deliveries"));
        HorizontalLayout top = new HorizontalLayout(heading, refresh);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(heading);
        configureGrid();
        deliveries.setItems(shown);
        add(about, top, deliveries);

        Button close = new Button(getTranslation("webhook.close"), e -> close());
        close.setId("webhook-record-close");
        getFooter().add(close);
    }

    private void fact(Div about, String labelKey, String value) {
        facts.put(labelKey, value);
        Span label = new Span(getTranslation(labelKey) + getTranslation("webhook.fact-separator"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div line = new Div(label, new Span(value));
        line.addClassName("webhook-fact");
        about.add(line);
    }

    /** The value shown beside a label ({@code webhook.state}, …), for tests and readers of the code alike. */
    String fact(String labelKey) {
        return facts.getOrDefault(labelKey, "");
    }

    private void configureGrid() {
        deliveries.setId("webhook-deliveries");
        deliveries.setAllRowsVisible(true);
        deliveries.addColumn(d -> Formats.dateTime(d.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("webhook.delivery.created")).setAutoWidth(true).setFlexGrow(0)
                .setKey("created");
        Columns.text(deliveries, d -> WebhookLabels.event(this, d.eventType()))
                .setHeader(getTranslation("webhook.delivery.event")).setKey("event");
        Columns.text(deliveries, DeliveryRecord::id).setHeader(getTranslation("webhook.delivery.id")).setKey("id");
        deliveries.addColumn(DeliveryRecord::attempts).setHeader(getTranslation("webhook.delivery.attempts"))
                .setAutoWidth(true).setFlexGrow(0).setKey("attempts");
        deliveries.addColumn(WebhookLabels::statusCode).setHeader(getTranslation("webhook.delivery.status-code"))
                .setAutoWidth(true).setFlexGrow(0).setKey("statusCode");
        deliveries.addColumn(d -> d.nextAt() == null || !"PENDING".equals(d.status()) ? WebhookLabels.NONE
                        : Formats.dateTime(d.nextAt(), zone, getLocale()))
                .setHeader(getTranslation("webhook.delivery.next")).setAutoWidth(true).setFlexGrow(0).setKey("next");
        deliveries.addColumn(d -> WebhookLabels.outcome(this, d)).setHeader(getTranslation("webhook.delivery.outcome"))
                .setTooltipGenerator(d -> WebhookLabels.reason(this, d)).setAutoWidth(true).setKey("outcome");
        Columns.actions(deliveries, this::sendAgain);
        deliveries.setEmptyStateText(getTranslation("webhook.deliveries.empty"));
    }

    private Button sendAgain(DeliveryRecord delivery) {
        Button again = new Button(VaadinIcon.REPLY.create(), e -> again(delivery));
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        again.addClassName("webhook-again");
        again.setAriaLabel(getTranslation("webhook.again"));
        // A disabled endpoint sends nothing: the dispatch takes deliveries of enabled endpoints only.
        again.setEnabled(endpoint.enabled());
        again.setTooltipText(getTranslation(endpoint.enabled() ? "webhook.again" : "webhook.again.disabled"));
        return again;
    }

    void again(DeliveryRecord delivery) {
        UiCalls.run(this, log.again(signedIn.actor(), endpoint.id(), delivery.id()).thenReturn(true), done -> {
            UiCalls.showSuccess(this, "webhook.again.queued");
            reload();
        }, refusal -> UiCalls.showRefusal(this, refusal));
    }

    void reload() {
        UiCalls.run(this, log.of(signedIn.actor(), endpoint.id(), SHOWN), deliveries::setItems,
                refusal -> UiCalls.showRefusal(this, refusal));
    }
}
