package org.exportalliance.portal.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The outage state on its own, with the PostgreSQL driver pointed at a port where nothing listens. */
class DatabaseAvailabilityTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DatabaseAvailability availability = new DatabaseAvailability(Clock.systemUTC(), meters);

    @AfterEach
    void end() {
        availability.connected();
        availability.stopFiltering();
    }

    private static ConnectionFactory nothingListening() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return ConnectionFactories.get("r2dbc:postgresql://postgres:postgres@localhost:" + port + "/postgres");
    }

    private Throwable refusal(ConnectionFactory connections) {
        return Mono.from(connections.create()).map(c -> (Throwable) new AssertionError("connected"))
                .onErrorResume(Mono::just).block(Duration.ofSeconds(10));
    }

    @Test
    void a_refused_connection_starts_one_outage_however_many_requests_see_it() throws IOException {
        ConnectionFactory connections = nothingListening();
        Throwable refused = refusal(connections);

        availability.connectFailed(refused, connections);
        availability.connectFailed(refused, connections);
        availability.connectFailed(refusal(connections), connections);

        assertThat(availability.isAvailable()).isFalse();
        assertThat(meters.get("portal.database.outages").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("portal.database.available").gauge().value()).isZero();
    }

    @Test
    void a_failure_that_is_not_an_outage_changes_nothing() throws IOException {
        availability.connectFailed(new IllegalStateException("a bug"), nothingListening());

        assertThat(availability.isAvailable()).isTrue();
        StepVerifier.create(availability.whenAvailable()).verifyComplete();
    }

    @Test
    void the_first_connection_opened_ends_the_outage_and_wakes_whoever_waits() throws IOException {
        ConnectionFactory connections = nothingListening();
        availability.connectFailed(refusal(connections), connections);

        StepVerifier.create(availability.whenAvailable())
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(1200)) // the probe keeps finding nothing there
                .then(availability::connected)
                .verifyComplete();
        assertThat(availability.isAvailable()).isTrue();
        assertThat(meters.get("portal.database.available").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("portal.database.outage.duration").timer().count()).isEqualTo(1);
    }
}
