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
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.AlreadyApplied;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.notification.webhook.WebhookVerifier.Verdict;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

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
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired DatabaseClient db;

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

    /**
     * An application decided on arrival is queued for the firm's endpoint in the statement that tells the firm's
     * people; an application refused (the firm applied already) leaves neither behind.
     */
    @Test
    void an_application_decided_on_arrival_is_queued_for_the_firms_endpoint_with_its_notifications() {
        Actor admin = members.newFirm("wha", Role.MEMBER, Role.FIRM_ADMIN).block(WAIT);
        CreatedEndpoint endpoint = endpoints.create(admin, new WebhookEndpointDraft(
                receiver.url("/erp").toString(), null, List.of(WebhookEventType.APPLICATION_DECIDED))).block(WAIT);
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 3, "60", 10, AllocationPolicy.FIFO);

        DelegationApplication applied = delegations.apply(admin, d.id(), Delegations.application(1, "9")).block(WAIT);
        Assertions.assertThatThrownBy(() -> delegations.apply(admin, d.id(), Delegations.application(1, "9"))
                .block(WAIT)).isInstanceOf(AlreadyApplied.class);

        List<String> bodies = db.sql("select body from webhook_delivery where endpoint_id = :e and status = 'PENDING'")
                .bind("e", endpoint.endpoint().id()).map(row -> row.get(0, String.class)).all().collectList()
                .block(WAIT);
        assertThat(bodies).singleElement().asString()
                .contains("\"type\":\"application.decided\"", "\"status\":\"APPROVED\"",
                        applied.id().toString(), d.id().toString());
        Long told = db.sql("select count(*) from notification where user_id = :u and link = :link")
                .bind("u", admin.userId()).bind("link", "delegation/" + d.id())
                .map(row -> row.get(0, Long.class)).one().block(WAIT);
        assertThat(told).isEqualTo(1);
    }

    /** A delegation's change of status reaches each firm taking part, both ways, in one statement per firm. */
    @Test
    void a_delegation_closing_is_queued_for_the_endpoint_of_a_firm_taking_part_with_its_notification() {
        Actor admin = members.newFirm("whs", Role.MEMBER, Role.FIRM_ADMIN).block(WAIT);
        CreatedEndpoint endpoint = endpoints.create(admin, new WebhookEndpointDraft(receiver.url("/erp").toString(),
                null, List.of(WebhookEventType.DELEGATION_STATUS_CHANGED))).block(WAIT);
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 3, "60", 10, AllocationPolicy.FIFO);
        delegations.apply(admin, d.id(), Delegations.application(1, "9")).block(WAIT);

        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CLOSED).block(WAIT);

        List<String> bodies = db.sql("select body from webhook_delivery where endpoint_id = :e and status = 'PENDING'")
                .bind("e", endpoint.endpoint().id()).map(row -> row.get(0, String.class)).all().collectList()
                .block(WAIT);
        assertThat(bodies).singleElement().asString()
                .contains("\"type\":\"delegation.status_changed\"", "\"status\":\"CLOSED\"", d.id().toString());
        Long told = db.sql("select count(*) from notification where user_id = :u and message_key = :key")
                .bind("u", admin.userId()).bind("key", "notify.delegation.CLOSED")
                .map(row -> row.get(0, Long.class)).one().block(WAIT);
        assertThat(told).isEqualTo(1);
    }
}
