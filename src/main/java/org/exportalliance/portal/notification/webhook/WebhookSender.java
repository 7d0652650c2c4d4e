package org.exportalliance.portal.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.exportalliance.portal.notification.OutboundHttp;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Sends one webhook delivery: a JSON POST signed as Standard Webhooks v1, with a timeout (15 s by default,
 * {@code portal.webhooks.timeout}), redirects never followed, and the answer turned into a {@link WebhookOutcome}.
 * A failure never escapes {@link #send}: it is an outcome.
 *
 * <p>The endpoint is checked twice: by {@link EndpointGuard#check} before the request (a clear refusal), and when the
 * connection is made, by the client's own resolver ({@link GuardedAddressResolverGroup}), which hands Reactor Netty
 * only addresses the guard passed.
 */
@Component
public class WebhookSender {

    private final EndpointGuard guard;
    private final Clock clock;
    private final Duration timeout;
    private final WebClient client;

    WebhookSender(EndpointGuard guard, Clock clock, @Value("${portal.webhooks.timeout:PT15S}") Duration timeout) {
        this.guard = guard;
        this.clock = clock;
        this.timeout = timeout;
        this.client = OutboundHttp.client(timeout, new GuardedAddressResolverGroup(guard));
    }

    public Mono<WebhookOutcome> send(WebhookDelivery delivery) {
        return guard.check(delivery.endpoint().toString())
                .flatMap(endpoint -> {
                    byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
                    long timestamp = clock.instant().getEpochSecond();
                    return client.post().uri(endpoint)
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("webhook-id", delivery.id())
                            .header("webhook-timestamp", Long.toString(timestamp))
                            .header("webhook-signature",
                                    WebhookSignature.header(delivery.secrets(), delivery.id(), timestamp, body))
                            .bodyValue(body)
                            .exchangeToMono(response -> response.releaseBody().thenReturn(outcome(response)));
                })
                .timeout(timeout)
                .onErrorResume(e -> Mono.just(failure(e)));
    }

    private WebhookOutcome outcome(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        int code = status.value();
        if (status.is2xxSuccessful()) {
            return new WebhookOutcome.Delivered(code);
        }
        if (code == 410) {
            return new WebhookOutcome.Gone();
        }
        if (code == 429 || status.is5xxServerError()) {
            return new WebhookOutcome.RetryLater("HTTP " + code, RetryAfter.parse(
                    response.headers().asHttpHeaders().getFirst("Retry-After"), clock.instant()).orElse(null));
        }
        return new WebhookOutcome.Failed(status.is3xxRedirection() ? "HTTP " + code + " (redirects are not followed)"
                : "HTTP " + code);
    }

    /** Exception messages may hold the endpoint's address, so only their kind becomes the reason. */
    private static WebhookOutcome failure(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof EndpointUnresolved) {
                return new WebhookOutcome.RetryLater("host not resolved", null);
            }
            if (e instanceof Refusal refusal) {
                return new WebhookOutcome.Blocked(refusal);
            }
            if (e instanceof TimeoutException || e instanceof io.netty.handler.timeout.TimeoutException) {
                return new WebhookOutcome.RetryLater("timeout", null);
            }
        }
        return new WebhookOutcome.RetryLater("connection failed (" + error.getClass().getSimpleName() + ")", null);
    }
}
