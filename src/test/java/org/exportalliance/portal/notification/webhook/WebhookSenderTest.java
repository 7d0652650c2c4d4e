package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.exportalliance.portal.notification.OutboundHttp;
import org.exportalliance.portal.notification.webhook.WebhookVerifier.Verdict;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    static final String BODY = "{\"type\":\"order.stage_changed\",\"timestamp\":\"2026-12-07T08:00:00Z\","
            + "\"data\":{\"order\":\"EO-2026-0042\",\"stage\":\"SHIPPED\",\"note\":\"已发货 ✓\"}}";

    final WebhookReceiver receiver = new WebhookReceiver();
    final EndpointGuard allowingLoopback = new EndpointGuard(List.of("127.0.0.1"));
    final WebhookSecret secret = WebhookSignatureTest.SPEC_SECRET;

    WebhookSender sender(EndpointGuard guard, Duration timeout) {
        return new WebhookSender(guard, Clock.fixed(NOW, ZoneOffset.UTC), timeout);
    }

    WebhookOutcome send(URI endpoint, List<WebhookSecret> secrets) {
        WebhookDelivery delivery = new WebhookDelivery(endpoint, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", BODY, secrets);
        WebhookSender sender = sender(allowingLoopback, Duration.ofSeconds(15));
        return ReactiveGuard.onReactiveThread(() -> sender.send(delivery)).block(Duration.ofSeconds(30));
    }

    WebhookOutcome send() {
        return send(receiver.url("/hooks/erp"), List.of(secret));
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    @Test
    void the_receiver_gets_the_body_as_sent_with_headers_that_verify() {
        receiver.answers(204);
        assertThat(send()).isEqualTo(new WebhookOutcome.Delivered(204));

        RecordedRequest request = receiver.request();
        byte[] body = request.getBody().readByteArray();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/hooks/erp");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(request.getHeader("webhook-id")).isEqualTo("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W");
        assertThat(request.getHeader("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(WebhookVerifier.verify(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), body, List.of(secret), NOW.plusSeconds(2)))
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void during_a_rotation_the_receiver_can_verify_with_either_secret() {
        receiver.answers(200);
        WebhookSecret next = WebhookSignatureTest.NEXT_SECRET;
        assertThat(send(receiver.url("/hooks/erp"), List.of(secret, next)))
                .isInstanceOf(WebhookOutcome.Delivered.class);

        RecordedRequest request = receiver.request();
        byte[] body = request.getBody().readByteArray();
        String signatures = request.getHeader("webhook-signature");
        assertThat(signatures.split(" ")).hasSize(2);
        for (WebhookSecret either : List.of(secret, next)) {
            assertThat(WebhookVerifier.verify(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                    signatures, body, List.of(either), NOW)).isEqualTo(Verdict.VALID);
        }
    }

    @Test
    void gone_disables_the_endpoint_and_other_client_errors_fail_for_good() {
        receiver.answers(410).answers(404).answers(400);
        assertThat(send()).isEqualTo(new WebhookOutcome.Gone());
        assertThat(send()).isEqualTo(new WebhookOutcome.Failed("HTTP 404"));
        assertThat(send()).isEqualTo(new WebhookOutcome.Failed("HTTP 400"));
    }

    @Test
    void too_many_requests_and_server_errors_retry_later_honouring_retry_after_in_seconds_or_as_a_date() {
        receiver.answers(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"))
                .answers(new MockResponse().setResponseCode(503)
                        .setHeader("Retry-After", "Mon, 07 Dec 2026 09:00:00 GMT"))
                .answers(500);
        assertThat(send()).isEqualTo(new WebhookOutcome.RetryLater("HTTP 429", Duration.ofSeconds(120)));
        assertThat(send()).isEqualTo(new WebhookOutcome.RetryLater("HTTP 503", Duration.ofHours(1)));
        assertThat(send()).isEqualTo(new WebhookOutcome.RetryLater("HTTP 500", null));
    }

    @Test
    void a_redirect_is_not_followed_and_fails_the_delivery() throws Exception {
        try (WebhookReceiver elsewhere = new WebhookReceiver()) {
            receiver.answers(new MockResponse().setResponseCode(307)
                    .setHeader("Location", elsewhere.url("/internal").toString()));
            assertThat(send()).isEqualTo(new WebhookOutcome.Failed("HTTP 307 (redirects are not followed)"));
            assertThat(elsewhere.server.getRequestCount()).isZero();
        }
    }

    @Test
    void a_receiver_that_takes_too_long_or_cannot_be_reached_is_retried_later() throws Exception {
        receiver.answers(new MockResponse().setHeadersDelay(2, TimeUnit.SECONDS));
        WebhookDelivery delivery = new WebhookDelivery(receiver.url("/slow"), WebhookDelivery.newId(), BODY,
                List.of(secret));
        assertThat(sender(allowingLoopback, Duration.ofMillis(500)).send(delivery).block())
                .isEqualTo(new WebhookOutcome.RetryLater("timeout", null));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(send(URI.create("http://127.0.0.1:" + closedPort + "/hook"), List.of(secret)))
                .isInstanceOfSatisfying(WebhookOutcome.RetryLater.class,
                        r -> assertThat(r.reason()).startsWith("connection failed").doesNotContain("127.0.0.1"));
    }

    @Test
    void an_endpoint_in_a_private_network_is_blocked_before_anything_is_sent() {
        receiver.answers(200);
        WebhookDelivery delivery = new WebhookDelivery(receiver.url("/hooks/erp"), WebhookDelivery.newId(), BODY,
                List.of(secret));
        assertThat(sender(new EndpointGuard(List.of()), Duration.ofSeconds(5)).send(delivery).block())
                .isInstanceOfSatisfying(WebhookOutcome.Blocked.class,
                        b -> assertThat(b.refusal()).isInstanceOf(EndpointInPrivateNetwork.class));
        assertThat(receiver.server.getRequestCount()).isZero();
    }

    @Test
    void the_client_itself_connects_only_to_addresses_the_guard_passes() {
        receiver.answers(200).answers(200);
        URI endpoint = receiver.url("/hooks/erp");
        var refusing = OutboundHttp.client(Duration.ofSeconds(5),
                new GuardedAddressResolverGroup(new EndpointGuard(List.of())));
        Object failure = refusing.post().uri(endpoint).bodyValue("{}").retrieve().toBodilessEntity()
                .<Object>map(response -> response).onErrorResume(reactor.core.publisher.Mono::just).block();
        assertThat(failure).isInstanceOfSatisfying(Throwable.class,
                e -> assertThat(e).hasRootCauseInstanceOf(EndpointInPrivateNetwork.class));
        assertThat(receiver.server.getRequestCount()).as("no connection, so no request").isZero();

        var allowing = OutboundHttp.client(Duration.ofSeconds(5), new GuardedAddressResolverGroup(allowingLoopback));
        assertThat(allowing.post().uri(endpoint).bodyValue("{}").retrieve().toBodilessEntity().block())
                .satisfies(response -> assertThat(response.getStatusCode().value()).isEqualTo(200));
        assertThat(receiver.server.getRequestCount()).isEqualTo(1);
    }
}
