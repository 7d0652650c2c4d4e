package org.exportalliance.portal.notification.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One event for one endpoint: where it goes, its id (the {@code webhook-id}, the same on every retry, so the receiver
 * can drop repeats), the JSON body exactly as sent and signed, and the endpoint's current secrets (two while a
 * rotation overlaps). Never printed whole: the secrets stay out of logs.
 */
public record WebhookDelivery(URI endpoint, String id, String body, List<WebhookSecret> secrets) {

    /** The id is signed between dots, so it may hold none (the specification asks so); we write {@code msg_<hex>}. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public WebhookDelivery {
        secrets = List.copyOf(secrets);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a webhook id is 1 to 64 letters, digits, '_' or '-'");
        }
        if (secrets.isEmpty() || secrets.size() > 2) {
            throw new IllegalArgumentException("an endpoint signs with one secret, or two while rotating");
        }
    }

    /** A new event id. */
    public static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public String toString() {
        return "WebhookDelivery[" + id + ", " + body.length() + " chars]";
    }
}
