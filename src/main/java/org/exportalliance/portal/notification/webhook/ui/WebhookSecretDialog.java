package org.exportalliance.portal.notification.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.exportalliance.portal.notification.webhook.CreatedEndpoint;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The new {@code whsec_…} secret of an endpoint just added or rotated: the one time anybody sees it. It says so, offers
 * a copy button, and after a rotation says until when the previous secret still signs. Esc and a click outside do not
 * close it, so the secret is not lost by a slip; only "I have copied it" does, and nothing keeps the secret after.
 */
class WebhookSecretDialog extends Dialog {

    final TextField secret = new TextField();
    final Paragraph warning = new Paragraph();
    final Paragraph overlap = new Paragraph();
    final Button copy = new Button();
    final Button done = new Button();

    WebhookSecretDialog(CreatedEndpoint created, ZoneId zone) {
        setId("webhook-secret-dialog");
        setHeaderTitle(getTranslation("webhook.secret.title"));
        setWidth("min(40rem, 95vw)");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);

        warning.setText(getTranslation("webhook.secret.warning"));
        warning.setId("webhook-secret-warning");
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        secret.setLabel(getTranslation("webhook.secret.label"));
        secret.setId("webhook-secret");
        secret.setValue(created.secret().value());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        copy.setIcon(VaadinIcon.COPY.create());
        copy.setText(getTranslation("webhook.secret.copy"));
        copy.setId("webhook-secret-copy");
        // The browser may refuse the clipboard (a page not served over https): then say so, and the field stays.
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", secret.getValue())
                .then(copied -> UiCalls.showSuccess(this, "webhook.secret.copied"),
                        refused -> UiCalls.showWarning(this, getTranslation("webhook.secret.copy-failed"))));
        HorizontalLayout line = new HorizontalLayout(secret, copy);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.expand(secret);
        overlap.setId("webhook-secret-overlap");
        var until = created.endpoint().rotationOverlapUntil();
        overlap.setVisible(until != null);
        if (until != null) {
            overlap.setText(getTranslation("webhook.secret.overlap", Formats.dateTime(until, zone, getLocale())));
        }
        add(warning, line, overlap);

        done.setText(getTranslation("webhook.secret.done"));
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> {
            secret.clear();
            close();
        });
        getFooter().add(done);
    }
}
