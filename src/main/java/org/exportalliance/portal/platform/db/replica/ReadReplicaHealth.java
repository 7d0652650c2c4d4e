package org.exportalliance.portal.platform.db.replica;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The replica in the health details ({@code /actuator/health/readReplica}): in use or fallen back, why, and the lag.
 * Always UP: while the replica is away the primary serves its reads, so it must not take the instance out of the
 * load balancer; the readiness group holds only the readiness state (application.properties). The metrics
 * {@code portal.db.replica.*} are what to alert on.
 */
@Component("readReplica")
class ReadReplicaHealth implements ReactiveHealthIndicator {

    private final ReplicaConnections connections;
    private final ReplicaState state;

    ReadReplicaHealth(ReplicaConnections connections, ReplicaState state) {
        this.connections = connections;
        this.state = state;
    }

    @Override
    public Mono<Health> health() {
        ReplicaState.Status status = state.current();
        Health.Builder health = Health.up()
                .withDetail("configured", connections.settings().configured())
                .withDetail("state", !connections.settings().configured() ? "off"
                        : status.inUse() ? "in use" : "fallen back to the primary")
                .withDetail("reason", status.reason())
                .withDetail("since", status.since().toString())
                .withDetail("maxLagSeconds", connections.settings().maxLag().toMillis() / 1000.0);
        if (status.lag() != null) {
            health.withDetail("lagSeconds", status.lag().toMillis() / 1000.0);
        }
        return Mono.just(health.build());
    }
}
