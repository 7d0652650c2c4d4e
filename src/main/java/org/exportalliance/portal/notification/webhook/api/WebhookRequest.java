package org.exportalliance.portal.notification.webhook.api;

import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.notification.webhook.WebhookEndpointDraft;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The body of POST and PUT /api/v1/webhooks: events by their names ({@code order.stage_changed}, …). */
record WebhookRequest(@Nullable String url, @Nullable String description, @Nullable List<String> events,
        @Nullable Boolean enabled, @Nullable Long version) {

    WebhookEndpointDraft toDraft() {
        if (events == null) {
            return new WebhookEndpointDraft(url, description, null);
        }
        List<WebhookEventType> types = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String name = events.get(i);
            int at = i;
            types.add(WebhookEventType.ofWireName(name.strip()).orElseThrow(() -> new InvalidInput(List.of(
                    new FieldProblem("events[" + at + "]", "validation.bad-value")))));
        }
        return new WebhookEndpointDraft(url, description, types);
    }
}
