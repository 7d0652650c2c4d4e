package org.exportalliance.portal.notification.webhook.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.exportalliance.portal.notification.webhook.DeliveryRecord;
import org.exportalliance.portal.notification.webhook.WebhookEndpoint;
import org.exportalliance.portal.notification.webhook.WebhookEventType;

/**
 * What the webhooks page writes for the codes the service keeps: events, an endpoint's state, a delivery's outcome and
 * the reason an attempt failed, each in the reader's language (codes never reach people).
 */
final class WebhookLabels {

    static final String NONE = "—";

    private WebhookLabels() {}

    static String events(Component c, List<WebhookEventType> events) {
        return events.stream().map(e -> c.getTranslation(e.messageKey()))
                .collect(Collectors.joining(c.getTranslation("webhook.list-separator")));
    }

    /** An event by the name the delivery row keeps ({@code order.stage_changed}). */
    static String event(Component c, String wireName) {
        return WebhookEventType.ofWireName(wireName).map(t -> c.getTranslation(t.messageKey())).orElse(wireName);
    }

    /** Enabled, or disabled and why: by a person, or by the receiver's 410. */
    static String state(Component c, WebhookEndpoint e) {
        if (e.enabled()) {
            return c.getTranslation("webhook.state.enabled");
        }
        return c.getTranslation("GONE".equals(e.disabledReason()) ? "webhook.state.gone" : "webhook.state.by-user");
    }

    /** What became of a delivery: waiting, retrying, delivered, or how it ended. */
    static String outcome(Component c, DeliveryRecord d) {
        return c.getTranslation(switch (d.status()) {
            case "DELIVERED" -> "webhook.outcome.delivered";
            case "PENDING" -> d.attempts() == 0 ? "webhook.outcome.pending" : "webhook.outcome.retrying";
            default -> d.lastAttempt().map(a -> switch (a.outcome()) {
                case "GONE" -> "webhook.outcome.gone";
                case "BLOCKED" -> "webhook.outcome.blocked";
                default -> "webhook.outcome.failed";
            }).orElse("webhook.outcome.failed");
        });
    }

    /** Why the last attempt did not deliver, in words; empty when it did or none was made. */
    static String reason(Component c, DeliveryRecord d) {
        return d.lastAttempt().map(DeliveryRecord.Attempt::error).map(error -> {
            if (error.startsWith("webhook.")) {
                return c.getTranslation(error);
            }
            if (error.startsWith("HTTP ")) {
                return c.getTranslation("webhook.reason.http", error.substring(5, Math.min(8, error.length())));
            }
            if (error.startsWith("timeout")) {
                return c.getTranslation("webhook.reason.timeout");
            }
            if (error.startsWith("host not resolved")) {
                return c.getTranslation("webhook.reason.unresolved");
            }
            return c.getTranslation("webhook.reason.connection");
        }).orElse("");
    }

    /** The last attempt's HTTP status code, or a dash when no answer came. */
    static String statusCode(DeliveryRecord d) {
        return d.lastAttempt().map(DeliveryRecord.Attempt::statusCode).map(String::valueOf).orElse(NONE);
    }

    /** A length of time as the rotation warning names it: whole hours, else minutes. */
    static String duration(Component c, Duration length) {
        long minutes = Math.max(1, length.toMinutes());
        return minutes % 60 == 0 ? c.getTranslation("webhook.duration.hours", minutes / 60)
                : c.getTranslation("webhook.duration.minutes", minutes);
    }
}
