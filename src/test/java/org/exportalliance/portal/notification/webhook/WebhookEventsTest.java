package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.notification.webhook.WebhookVerifier.Verdict;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Features announce their changes to the firm's endpoints, in the transaction of the change. */
@PortalTest
class WebhookEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired WebhookEndpoints endpoints;
    @Autowired WebhookDeliveryRepository deliveryRows;
    @Autowired WebhookEndpointRepository endpointRows;
    @Autowired EndpointGuard guard;
    @Autowired Members members;
    @Autowired Actors actors;
    @Autowired RequestService requests;
    @Autowired RequestTriage triage;

    final WebhookReceiver receiver = new WebhookReceiver();
    final TestClock clock = new TestClock(Instant.now(), ZoneId.of("Asia/Shanghai"));

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    @Test
    void a_request_accepted_by_staff_reaches_the_firms_endpoint_without_its_description() {
        Actor admin = members.newFirm("whr", Role.MEMBER, Role.FIRM_ADMIN).block(WAIT);
        CreatedEndpoint endpoint = endpoints.create(admin, new WebhookEndpointDraft(
                receiver.url("/erp").toString(), null, List.of(WebhookEventType.REQUEST_UPDATED))).block(WAIT);
        receiver.answers(200);
        ServiceRequest filed = requests.file(admin, new RequestDraft("CUSTOMS", "出口许可咨询 " + UUID.randomUUID(),
                "机密的描述文字", Priority.NORMAL, null, null)).block(WAIT);

        triage.accept(actors.staff(), filed.id(), filed.version()).block(WAIT);
        clock.catchUp();
        new WebhookDispatch(deliveryRows, endpointRows, endpoints, new WebhookSender(guard, clock,
                Duration.ofSeconds(5)), RetrySchedule.STANDARD, clock, Duration.ofMinutes(1)).run().block(WAIT);

        RecordedRequest request = receiver.request();
        byte[] body = request.getBody().clone().readByteArray();
        assertThat(WebhookVerifier.verify(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), body, List.of(endpoint.secret()), clock.instant()))
                .isEqualTo(Verdict.VALID);
        assertThat(new String(body, StandardCharsets.UTF_8))
                .contains("\"type\":\"request.updated\"", "\"step\":\"ACCEPTED\"", "\"status\":\"QUEUED\"", filed.reference())
                .doesNotContain("机密的描述文字");
    }
}
