package org.exportalliance.portal.notification.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.exportalliance.portal.notification.webhook.CreatedEndpoint;
import org.exportalliance.portal.notification.webhook.EndpointInPrivateNetwork;
import org.exportalliance.portal.notification.webhook.EndpointMalformed;
import org.exportalliance.portal.notification.webhook.EndpointSchemeRefused;
import org.exportalliance.portal.notification.webhook.EndpointUnresolved;
import org.exportalliance.portal.notification.webhook.WebhookEndpoint;
import org.exportalliance.portal.notification.webhook.WebhookEndpointDraft;
import org.exportalliance.portal.notification.webhook.WebhookEndpointRules;
import org.exportalliance.portal.notification.webhook.WebhookEndpoints;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.notification.webhook.WebhooksUnconfigured;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * Adds an endpoint (its secret then shown once, {@link WebhookSecretDialog}) or edits one at the version it was read
 * with: the address, a note, the events (in the reader's words) and, when editing, whether it is enabled. The rules
 * mark fields before anything is sent; the address check's refusals (a private network, no such host, not http(s),
 * no key configured) show on the address field, once.
 */
class WebhookEndpointDialog extends Dialog {

    /** The refusals that are about the address someone typed, so the address field says them. */
    private static final Set<Class<? extends Refusal>> ABOUT_THE_URL = Set.of(EndpointInPrivateNetwork.class,
            EndpointMalformed.class, EndpointSchemeRefused.class, EndpointUnresolved.class,
            WebhooksUnconfigured.class);

    final TextField url = new TextField();
    final TextField description = new TextField();
    final CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();

    private final FieldErrors fields = new FieldErrors(this);
    private final WebhookEndpoints endpoints;
    private final SignedIn signedIn;
    private final @Nullable WebhookEndpoint editing;
    private final Consumer<@Nullable CreatedEndpoint> onSaved;

    /** {@code onSaved} gets the new endpoint with its secret, or null after an edit. */
    WebhookEndpointDialog(WebhookEndpoints endpoints, SignedIn signedIn, @Nullable WebhookEndpoint editing,
            Consumer<@Nullable CreatedEndpoint> onSaved) {
        this.endpoints = endpoints;
        this.signedIn = signedIn;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("webhook-dialog");
        setHeaderTitle(getTranslation(editing == null ? "webhook.dialog.new" : "webhook.dialog.edit"));
        setWidth("min(40rem, 95vw)");

        url.setLabel(getTranslation("webhook.url"));
        url.setHelperText(getTranslation("webhook.url.helper"));
        url.setId("webhook-url");
        url.setMaxLength(2048);
        url.setRequiredIndicatorVisible(true);
        url.setPlaceholder("https://");
        fields.put("url", url);
        description.setLabel(getTranslation("webhook.description"));
        description.setId("webhook-description");
        description.setMaxLength(200);
        fields.put("description", description);
        events.setLabel(getTranslation("webhook.events"));
        events.setId("webhook-events");
        events.setItems(WebhookEventType.values());
        events.setItemLabelGenerator(e -> getTranslation(e.messageKey()));
        events.setRequiredIndicatorVisible(true);
        fields.put("events", events);
        enabled.setLabel(getTranslation("webhook.enabled"));
        enabled.setId("webhook-enabled");
        enabled.setVisible(editing != null);
        FormLayout form = new FormLayout(url, description, events, enabled);
        form.setColspan(url, 2);
        form.setColspan(description, 2);
        form.setColspan(events, 2);
        add(form);

        if (editing != null) {
            url.setValue(editing.url());
            description.setValue(editing.description());
            events.setValue(Set.copyOf(editing.events()));
            enabled.setValue(editing.enabled());
            boolean theirs = !WebhookEndpoints.ownedBy(signedIn.actor(), editing);
            url.setReadOnly(theirs);
            events.setReadOnly(theirs);
        } else {
            enabled.setValue(true);
        }

        save.setText(getTranslation("webhook.save"));
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        DiscardGuard guard = DiscardGuard.protect(this);
        Button close = new Button(getTranslation("webhook.close"), e -> guard.requestClose());
        close.setId("webhook-close");
        getFooter().add(close, save);
    }

    WebhookEndpointDraft draft() {
        // In the order the reader sees them, whatever order they were ticked in.
        List<WebhookEventType> chosen = Arrays.stream(WebhookEventType.values())
                .filter(events.getValue()::contains).toList();
        return new WebhookEndpointDraft(url.getValue().strip(), description.getValue().strip(), chosen);
    }

    void save() {
        WebhookEndpointDraft draft = draft();
        List<FieldProblem> problems = WebhookEndpointRules.check(draft);
        fields.show(problems);
        if (!problems.isEmpty()) {
            return;
        }
        save.setEnabled(false);
        if (editing == null) {
            UiCalls.run(this, endpoints.create(signedIn.actor(), draft), created -> {
                close();
                onSaved.accept(created);
            }, this::refused);
        } else {
            UiCalls.run(this, endpoints.update(signedIn.actor(), editing.id(), editing.version(), draft,
                    enabled.getValue()), updated -> {
                UiCalls.showSuccess(this, "webhook.saved");
                close();
                onSaved.accept(null);
            }, this::refused);
        }
    }

    private void refused(Refusal refusal) {
        save.setEnabled(true);
        if (ABOUT_THE_URL.contains(refusal.getClass())) {
            fields.show(List.of(new FieldProblem("url", refusal.messageKey())));
            return;
        }
        UiCalls.intoForm(this, fields::show).accept(refusal);
    }
}
