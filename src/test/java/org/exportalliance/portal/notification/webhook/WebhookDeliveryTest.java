package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.notification.webhook.WebhookVerifier.Verdict;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.WonOrders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real deliveries caused by real service calls, to a local receiver, on a clock the test moves. */
@PortalTest
class WebhookDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired WebhookEndpoints endpoints;
    @Autowired WebhookDeliveries log;
    @Autowired WebhookDeliveryRepository deliveryRows;
    @Autowired WebhookEndpointRepository endpointRows;
    @Autowired EndpointGuard guard;
    @Autowired Members members;
    @Autowired Actors actors;
    @Autowired WonOrders orders;
    @Autowired Clock portalClock;

    final WebhookReceiver receiver = new WebhookReceiver();
    final TestClock clock = new TestClock(Instant.now().plusSeconds(1), java.time.ZoneId.of("Asia/Shanghai"));

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    Actor newFirmAdmin() {
        return members.newFirm("wh", Role.MEMBER, Role.FIRM_ADMIN).block(WAIT);
    }

    CreatedEndpoint register(Actor actor, WebhookEventType... events) {
        return endpoints.create(actor, new WebhookEndpointDraft(receiver.url("/erp/hooks").toString(), "ERP",
                List.of(events))).block(WAIT);
    }

    ExportOrder confirmedOrder(Actor firm) {
        ExportOrder order = orders.won(firm, "DE", LocalDate.now(portalClock), "125000").block(WAIT);
        clock.catchUp();
        return order;
    }

    WebhookDispatch dispatch() {
        return new WebhookDispatch(deliveryRows, endpointRows, endpoints,
                new WebhookSender(guard, clock, Duration.ofSeconds(5)), RetrySchedule.STANDARD, clock,
                Duration.ofMinutes(1));
    }

    List<DeliveryRecord> deliveriesOf(Actor actor, CreatedEndpoint endpoint) {
        return log.of(actor, endpoint.endpoint().id(), 50).block(WAIT);
    }

    Verdict verdict(RecordedRequest request, List<WebhookSecret> secrets) {
        return WebhookVerifier.verify(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), request.getBody().clone().readByteArray(), secrets,
                clock.instant());
    }

    @Test
    void an_order_moved_to_confirmed_reaches_the_firms_endpoint_signed_with_its_secret() {
        Actor admin = newFirmAdmin();
        CreatedEndpoint endpoint = register(admin, WebhookEventType.ORDER_STAGE_CHANGED);
        receiver.answers(204);

        ExportOrder order = confirmedOrder(admin);
        dispatch().run().block(WAIT);

        RecordedRequest request = receiver.request();
        assertThat(endpoint.secret().value()).startsWith("whsec_");
        assertThat(verdict(request, List.of(endpoint.secret()))).isEqualTo(Verdict.VALID);
        String body = request.getBody().readString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"type\":\"order.stage_changed\"", "\"to\":\"CONFIRMED\"", "\"from\":\"QUOTED\"",
                order.id().toString());
        List<DeliveryRecord> logged = deliveriesOf(admin, endpoint);
        assertThat(logged).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(request.getHeader("webhook-id"));
            assertThat(d.status()).isEqualTo("DELIVERED");
            assertThat(d.attemptLog()).singleElement()
                    .satisfies(a -> assertThat(a.statusCode()).isEqualTo(204));
        });
    }

    @Test
    void a_failing_receiver_is_tried_again_on_the_retry_schedule_for_about_three_days_with_the_same_id() {
        Actor admin = newFirmAdmin();
        CreatedEndpoint endpoint = register(admin, WebhookEventType.ORDER_STAGE_CHANGED);
        for (int i = 0; i < RetrySchedule.STANDARD.attempts(); i++) {
            receiver.answers(503);
        }
        confirmedOrder(admin);
        WebhookDispatch dispatch = dispatch();
        Instant first = clock.instant();

        dispatch.run().block(WAIT);
        String id = receiver.request().getHeader("webhook-id");
        for (int attempt = 1; attempt < RetrySchedule.STANDARD.attempts(); attempt++) {
            Duration wait = RetrySchedule.STANDARD.delays().get(attempt);
            clock.advance(wait.minusSeconds(1));
            dispatch.run().block(WAIT);
            assertThat(receiver.server.getRequestCount()).as("not before the wait of attempt %d", attempt + 1)
                    .isEqualTo(attempt);
            clock.advance(Duration.ofSeconds(1));
            dispatch.run().block(WAIT);
            assertThat(receiver.request().getHeader("webhook-id")).isEqualTo(id);
        }
        clock.advance(Duration.ofDays(2));
        dispatch.run().block(WAIT);

        assertThat(receiver.server.getRequestCount()).isEqualTo(10);
        assertThat(Duration.between(first, clock.instant().minus(Duration.ofDays(2))))
                .isEqualTo(RetrySchedule.STANDARD.span()).isBetween(Duration.ofDays(3), Duration.ofDays(4));
        DeliveryRecord delivery = deliveriesOf(admin, endpoint).getFirst();
        assertThat(delivery.status()).isEqualTo("FAILED");
        assertThat(delivery.attemptLog()).hasSize(10)
                .allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(503));
        assertThat(delivery.attemptLog().getLast().outcome()).isEqualTo("FAILED");
    }

    @Test
    void a_receiver_asking_to_wait_longer_is_not_tried_before_its_retry_after() {
        Actor admin = newFirmAdmin();
        register(admin, WebhookEventType.ORDER_STAGE_CHANGED);
        receiver.answers(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600")).answers(200);
        confirmedOrder(admin);
        WebhookDispatch dispatch = dispatch();

        dispatch.run().block(WAIT);
        clock.advance(Duration.ofMinutes(59));
        dispatch.run().block(WAIT);
        assertThat(receiver.server.getRequestCount()).as("the schedule's 5 s gave way to an hour").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        dispatch.run().block(WAIT);

        assertThat(receiver.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_receiver_answering_410_disables_its_endpoint() {
        Actor admin = newFirmAdmin();
        CreatedEndpoint endpoint = register(admin, WebhookEventType.ORDER_STAGE_CHANGED);
        receiver.answers(410);
        confirmedOrder(admin);

        dispatch().run().block(WAIT);

        WebhookEndpoint after = endpoints.find(admin, endpoint.endpoint().id()).block(WAIT);
        assertThat(after.enabled()).isFalse();
        assertThat(after.disabledReason()).isEqualTo("GONE");
        assertThat(deliveriesOf(admin, endpoint).getFirst().status()).isEqualTo("FAILED");
    }

    @Test
    void an_endpoint_pointing_at_a_private_address_is_refused_when_saved() {
        Actor admin = newFirmAdmin();
        for (String url : List.of("http://10.1.2.3/hooks", "http://169.254.169.254/latest/meta-data",
                "http://192.168.0.10:8080/erp")) {
            assertThatThrownBy(() -> endpoints.create(admin, new WebhookEndpointDraft(url, null,
                    List.of(WebhookEventType.CLAIM_DECIDED))).block(WAIT)).as(url)
                    .isInstanceOf(EndpointInPrivateNetwork.class);
        }
        assertThat(endpoints.list(admin).collectList().block(WAIT)).isEmpty();
    }

    @Test
    void another_firms_endpoint_never_receives_this_firms_event_but_an_alliance_wide_one_does() throws Exception {
        Actor admin = newFirmAdmin();
        Actor otherAdmin = newFirmAdmin();
        CreatedEndpoint others = register(otherAdmin, WebhookEventType.ORDER_STAGE_CHANGED);
        try (WebhookReceiver alliance = new WebhookReceiver()) {
            Actor staff = actors.staff();
            CreatedEndpoint allianceWide = endpoints.create(staff, new WebhookEndpointDraft(
                    alliance.url("/association").toString(), null, List.of(WebhookEventType.ORDER_STAGE_CHANGED)))
                    .block(WAIT);
            try {
                alliance.answers(200);
                confirmedOrder(admin);
                dispatch().run().block(WAIT);

                assertThat(verdict(alliance.request(), List.of(allianceWide.secret()))).isEqualTo(Verdict.VALID);
                assertThat(receiver.server.getRequestCount()).isZero();
                assertThat(deliveriesOf(otherAdmin, others)).isEmpty();
                assertThatThrownBy(() -> endpoints.find(otherAdmin, allianceWide.endpoint().id()).block(WAIT))
                        .isInstanceOf(WebhookEndpointNotFound.class);
            } finally {
                endpoints.delete(staff, allianceWide.endpoint().id()).block(WAIT);
            }
        }
    }

    @Test
    void after_a_rotation_both_secrets_sign_until_the_overlap_ends_and_send_again_keeps_the_id() {
        Actor admin = newFirmAdmin();
        CreatedEndpoint created = register(admin, WebhookEventType.ORDER_STAGE_CHANGED);
        CreatedEndpoint rotated = endpoints.rotate(admin, created.endpoint().id()).block(WAIT);
        receiver.answers(200).answers(200);
        confirmedOrder(admin);
        WebhookDispatch dispatch = dispatch();

        dispatch.run().block(WAIT);
        RecordedRequest during = receiver.request();
        assertThat(rotated.secret()).isNotEqualTo(created.secret());
        assertThat(during.getHeader("webhook-signature").split(" ")).hasSize(2);
        assertThat(verdict(during, List.of(created.secret()))).isEqualTo(Verdict.VALID);
        assertThat(verdict(during, List.of(rotated.secret()))).isEqualTo(Verdict.VALID);

        clock.advance(Duration.ofHours(25));
        log.again(admin, created.endpoint().id(), during.getHeader("webhook-id")).block(WAIT);
        dispatch.run().block(WAIT);
        RecordedRequest after = receiver.request();
        assertThat(after.getHeader("webhook-id")).isEqualTo(during.getHeader("webhook-id"));
        assertThat(after.getHeader("webhook-signature").split(" ")).hasSize(1);
        assertThat(verdict(after, List.of(rotated.secret()))).isEqualTo(Verdict.VALID);
        assertThat(verdict(after, List.of(created.secret()))).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
    }
}
