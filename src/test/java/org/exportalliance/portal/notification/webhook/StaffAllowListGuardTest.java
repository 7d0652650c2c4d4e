package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.OutboundHttp;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHost;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHostDraft;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHosts;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/**
 * The guard with no configured allow-list and the staff's list: a loopback receiver is refused, reachable once staff
 * list it, at registration and when the sender connects, and refused again once they remove it.
 */
@PortalTest
class StaffAllowListGuardTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired StaffAllowList staffList;
    @Autowired AllowedHosts hosts;
    @Autowired Actors actors;

    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    String checked(EndpointGuard guard, String url) {
        return ReactiveGuard.onReactiveThread(() -> guard.check(url)).map(Object::toString)
                .onErrorResume(e -> Mono.just(e.getClass().getSimpleName())).block(WAIT);
    }

    WebhookOutcome send(EndpointGuard guard, URI endpoint) {
        WebhookSender sender = new WebhookSender(guard, Clock.systemUTC(), Duration.ofSeconds(10));
        WebhookDelivery delivery = new WebhookDelivery(endpoint, WebhookDelivery.newId(), "{}",
                List.of(WebhookSignatureTest.SPEC_SECRET));
        return ReactiveGuard.onReactiveThread(() -> sender.send(delivery)).block(WAIT);
    }

    @Test
    void an_endpoint_on_127_0_0_1_passes_while_staff_list_it_and_one_not_on_the_list_is_refused() {
        EndpointGuard guard = new EndpointGuard(List.of(), staffList);
        Actor staff = actors.staff();
        URI endpoint = URI.create("http://127.0.0.1:" + receiver.server.getPort() + "/hooks/erp");
        String refused = EndpointInPrivateNetwork.class.getSimpleName();
        assertThat(checked(guard, endpoint.toString())).isEqualTo(refused);
        assertThat(send(guard, endpoint)).isInstanceOf(WebhookOutcome.Blocked.class);

        AllowedHost listed = hosts.add(staff, new AllowedHostDraft("127.0.0.1", "the test's receiver")).block(WAIT);
        try {
            assertThat(checked(guard, endpoint.toString())).as("at registration").isEqualTo(endpoint.toString());
            receiver.answers(204);
            assertThat(send(guard, endpoint)).as("at send time").isEqualTo(new WebhookOutcome.Delivered(204));
            assertThat(checked(guard, "http://127.0.0.2:" + receiver.server.getPort() + "/"))
                    .as("an address not on the list").isEqualTo(refused);
            assertThat(checked(guard, "http://[::1]/")).isEqualTo(refused);
        } finally {
            hosts.remove(staff, listed.id()).block(WAIT);
        }
        assertThat(checked(guard, endpoint.toString())).as("removed").isEqualTo(refused);
        assertThat(send(guard, endpoint)).isInstanceOf(WebhookOutcome.Blocked.class);
        // The client's own resolver asks the same list when it connects: no connection once the entry is gone.
        Object failure = OutboundHttp.client(Duration.ofSeconds(5), new GuardedAddressResolverGroup(guard)).post()
                .uri(endpoint).bodyValue("{}").retrieve().toBodilessEntity().<Object>map(response -> response)
                .onErrorResume(Mono::just).block(WAIT);
        assertThat(failure).isInstanceOfSatisfying(Throwable.class,
                e -> assertThat(e).hasRootCauseInstanceOf(EndpointInPrivateNetwork.class));
        assertThat(receiver.server.getRequestCount()).as("only the one allowed send arrived").isEqualTo(1);
    }

    @Test
    void a_host_name_staff_list_passes_whatever_private_address_it_resolves_to_but_never_a_metadata_service() {
        EndpointGuard guard = new EndpointGuard(List.of(), staffList);
        Actor staff = actors.staff();
        String refused = EndpointInPrivateNetwork.class.getSimpleName();
        assertThat(checked(guard, "http://localhost:9/")).isEqualTo(refused);
        AllowedHost listed = hosts.add(staff, new AllowedHostDraft("LocalHost.", "")).block(WAIT);
        try {
            assertThat(listed.entry()).isEqualTo("localhost");
            assertThat(listed.kind()).isEqualTo(AllowedHost.Kind.NAME);
            assertThat(checked(guard, "http://localhost:9/")).isEqualTo("http://localhost:9/");
        } finally {
            hosts.remove(staff, listed.id()).block(WAIT);
        }
        assertThat(checked(guard, "http://localhost:9/")).isEqualTo(refused);
        EndpointGuard configured = new EndpointGuard(List.of("169.254.0.0/16", "100.64.0.0/10"), staffList);
        assertThat(checked(configured, "http://169.254.169.254/latest/meta-data/")).as("even if configured")
                .isEqualTo(refused);
        assertThat(checked(configured, "http://[::ffff:100.100.100.200]/")).isEqualTo(refused);
        assertThat(checked(configured, "http://169.254.1.1/")).isEqualTo("http://169.254.1.1/");
    }
}
