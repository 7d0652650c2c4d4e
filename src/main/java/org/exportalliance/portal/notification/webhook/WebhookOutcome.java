package org.exportalliance.portal.notification.webhook;

import java.time.Duration;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What one delivery attempt came to, and so what the outbox does next. Reasons are short and never hold the endpoint's
 * address or the body.
 */
public sealed interface WebhookOutcome {

    /** A 2xx answer: done. */
    record Delivered(int status) implements WebhookOutcome {}

    /** {@code 410 Gone}: the receiver wants no more; disable the endpoint. */
    record Gone() implements WebhookOutcome {}

    /**
     * 429, a 5xx answer, a timeout or a broken connection: try again on the {@link RetrySchedule}, waiting at least
     * {@code retryAfter} if the receiver named one.
     */
    record RetryLater(String reason, @Nullable Duration retryAfter) implements WebhookOutcome {}

    /** Any other answer (other 4xx, a redirect, which is never followed): this delivery has failed for good. */
    record Failed(String reason) implements WebhookOutcome {}

    /** The endpoint was refused before anything was sent (now in a private network, say): no retry. */
    record Blocked(Refusal refusal) implements WebhookOutcome {}
}
