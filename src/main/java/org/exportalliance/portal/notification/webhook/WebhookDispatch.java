package org.exportalliance.portal.notification.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends due deliveries, on every instance: each run takes a batch with {@code for update skip locked} and a lease
 * ({@link WebhookDeliveryRepository#take}), so every attempt is made by one instance once; then follows
 * {@link RetrySchedule#STANDARD} (about three days), waiting longer when the receiver asks (Retry-After), disables the
 * endpoint on 410, and records every attempt: when, how long, the status code and the kind of failure.
 */
@Component
public class WebhookDispatch {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatch.class);
    private static final int BATCH = 50;
    private static final int PARALLEL = 4;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookEndpoints secrets;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final Duration lease;

    @Autowired
    WebhookDispatch(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
            WebhookEndpoints secrets, WebhookSender sender, Clock clock,
            @Value("${portal.webhooks.timeout:PT15S}") Duration timeout) {
        this(deliveries, endpoints, secrets, sender, RetrySchedule.STANDARD, clock, timeout.plusSeconds(45));
    }

    /** For tests: another clock (compressed time) and sender. */
    WebhookDispatch(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
            WebhookEndpoints secrets, WebhookSender sender, RetrySchedule schedule, Clock clock, Duration lease) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.sender = sender;
        this.schedule = schedule;
        this.clock = clock;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${portal.webhooks.dispatch:PT2S}",
            initialDelayString = "${portal.webhooks.dispatch-initial-delay:PT15S}")
    void onSchedule() {
        Integer sent = run().onErrorResume(e -> {
            log.warn("Webhook dispatch failed ({})", e.getClass().getSimpleName());
            return Mono.just(0);
        }).block(Duration.ofMinutes(5));
        if (sent != null && sent > 0) {
            log.info("Webhooks: {} attempts", sent);
        }
    }

    /** One run: the number of attempts made. */
    public Mono<Integer> run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return deliveries.take(now, now.plus(lease), BATCH)
                .collectList()
                .flatMapIterable(list -> list)
                .flatMap(this::attempt, PARALLEL)
                .count()
                .map(Long::intValue);
    }

    private Mono<Long> attempt(WebhookDeliveryRepository.Taken taken) {
        return endpoints.signing(taken.endpointId())
                .flatMap(s -> {
                    OffsetDateTime started = OffsetDateTime.now(clock);
                    long t0 = System.nanoTime();
                    return Mono.fromCallable(() -> new WebhookDelivery(URI.create(s.url()), taken.id(), taken.body(),
                                    secrets.secretsOf(s, started)))
                            .flatMap(sender::send)
                            .onErrorResume(e -> Mono.just(new WebhookOutcome.Failed(
                                    "not sent (" + e.getClass().getSimpleName() + ")")))
                            .flatMap(outcome -> record(taken, outcome, started,
                                    (int) Duration.ofNanos(System.nanoTime() - t0).toMillis()));
                });
    }

    private Mono<Long> record(WebhookDeliveryRepository.Taken taken, WebhookOutcome outcome, OffsetDateTime at,
            int durationMs) {
        int attempt = taken.attempts() + 1;
        OffsetDateTime now = OffsetDateTime.now(clock);
        return switch (outcome) {
            case WebhookOutcome.Delivered d -> deliveries.attempted(taken.id(), attempt, at, durationMs, d.status(),
                    "DELIVERED", null, "DELIVERED", null);
            case WebhookOutcome.Gone g -> endpoints.disableGone(taken.endpointId())
                    .then(deliveries.attempted(taken.id(), attempt, at, durationMs, 410, "GONE", "HTTP 410",
                            "FAILED", null));
            case WebhookOutcome.RetryLater r -> {
                Optional<Duration> wait = schedule.next(attempt, r.retryAfter());
                yield deliveries.attempted(taken.id(), attempt, at, durationMs, statusOf(r.reason()),
                        wait.isPresent() ? "RETRY" : "FAILED", r.reason(), wait.isPresent() ? "PENDING" : "FAILED",
                        wait.map(now::plus).orElse(null));
            }
            case WebhookOutcome.Failed f -> deliveries.attempted(taken.id(), attempt, at, durationMs,
                    statusOf(f.reason()), "FAILED", f.reason(), "FAILED", null);
            case WebhookOutcome.Blocked b -> deliveries.attempted(taken.id(), attempt, at, durationMs, null,
                    "BLOCKED", b.refusal().messageKey(), "FAILED", null);
        };
    }

    /** The status code in a reason such as "HTTP 503" or "HTTP 302 (redirects are not followed)". */
    static @Nullable Integer statusOf(String reason) {
        if (!reason.startsWith("HTTP ") || reason.length() < 8) {
            return null;
        }
        try {
            return Integer.valueOf(reason.substring(5, 8));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
