package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.support.PortalInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/** Two portal instances on one PostgreSQL both run the dispatch job: every attempt is made by one of them, once. */
class WebhookTwoInstancesTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final int EVENTS = 30;

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        a = instance(true);
        b = instance(false);
    }

    static ConfigurableApplicationContext instance(boolean seed) {
        return PortalInstances.start(postgres, 0,
                "--portal.demo.enabled=" + seed,
                "--portal.bootstrap.staff-username=ops.admin",
                "--portal.bootstrap.staff-password=correct horse battery staple",
                "--portal.webhooks.key=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
                "--portal.webhooks.allowed-hosts=127.0.0.1",
                // The test runs the dispatch on both instances itself, at the same moments.
                "--portal.webhooks.dispatch=PT1H",
                "--portal.webhooks.dispatch-initial-delay=PT1H");
    }

    @AfterAll
    static void stop() throws Exception {
        PortalInstances.stop(b, a, postgres);
    }

    @Test
    void two_instances_dispatching_together_send_each_delivery_once() throws Exception {
        Actor admin = a.getBean(AccountService.class).findByUsername("firmadmin").block(WAIT).asActor();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            for (int i = 0; i < EVENTS + 5; i++) {
                receiver.answers(200);
            }
            a.getBean(WebhookEndpoints.class).create(admin, new WebhookEndpointDraft(
                    receiver.url("/erp").toString(), null, List.of(WebhookEventType.CLAIM_DECIDED))).block(WAIT);
            WebhookEvents events = b.getBean(WebhookEvents.class);
            for (int i = 0; i < EVENTS; i++) {
                events.publish(admin.firmId(), WebhookEventType.CLAIM_DECIDED, Map.of("n", i)).block(WAIT);
            }
            WebhookDispatch onA = a.getBean(WebhookDispatch.class);
            WebhookDispatch onB = b.getBean(WebhookDispatch.class);

            int attempts = 0;
            for (int round = 0; round < 5; round++) {
                attempts += Mono.zip(onA.run(), onB.run(), Integer::sum).block(WAIT);
            }

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
