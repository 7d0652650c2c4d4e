package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.support.PortalInstances;
import org.exportalliance.portal.support.TwoPortals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Two portal instances on one PostgreSQL both run the dispatch job: every attempt is made by one of them, once. */
class WebhookTwoInstancesTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final int EVENTS = 30;

    static TwoPortals portals;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        portals = TwoPortals.start(
                "--portal.webhooks.key=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
                "--portal.webhooks.allowed-hosts=127.0.0.1",
                // The test runs the dispatch on both instances itself, at the same moments.
                "--portal.webhooks.dispatch=PT1H",
                "--portal.webhooks.dispatch-initial-delay=PT1H");
        a = portals.a();
        b = portals.b();
    }

    @AfterAll
    static void stop() throws Exception {
        PortalInstances.stop(portals);
    }

    @Test
    void two_instances_dispatching_together_send_each_delivery_once() throws Exception {
        Actor admin = a.getBean(AccountService.class).findByUsername("firmadmin").block(WAIT).asActor();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            for (int i = 0; i < EVENTS + 5; i++) {
                receiver.answers(200);
            }
            UUID endpoint = a.getBean(WebhookEndpoints.class).create(admin, new WebhookEndpointDraft(
                    receiver.url("/erp").toString(), null, List.of(WebhookEventType.CLAIM_DECIDED))).block(WAIT)
                    .endpoint().id();
            WebhookEvents events = b.getBean(WebhookEvents.class);
            for (int i = 0; i < EVENTS; i++) {
                events.publish(admin.firmId(), WebhookEventType.CLAIM_DECIDED, Map.of("n", i)).block(WAIT);
            }
            WebhookDispatch onA = a.getBean(WebhookDispatch.class);
            WebhookDispatch onB = b.getBean(WebhookDispatch.class);

            for (int round = 0; round < 5; round++) {
                Mono.zip(onA.run(), onB.run(), Integer::sum).block(WAIT);
            }

            // The demo's alliance-wide endpoint hears the same events: count this endpoint's attempts only.
            Long attempts = a.getBean(DatabaseClient.class).sql("select count(*) from webhook_attempt a "
                            + "join webhook_delivery d on d.id = a.delivery_id where d.endpoint_id = :endpoint")
                    .bind("endpoint", endpoint).map(row -> row.get(0, Long.class)).one().block(WAIT);
            assertThat(attempts).isEqualTo(EVENTS);
            assertThat(receiver.server.getRequestCount()).isEqualTo(EVENTS);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < EVENTS; i++) {
                ids.add(receiver.request().getHeader("webhook-id"));
            }
            assertThat(ids).hasSize(EVENTS);
        }
    }
}
