package org.exportalliance.portal.platform.db.replica;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every {@code portal.db.replica.check-interval}, on a timer and without blocking: samples the primary's WAL
 * position ({@link WalHistory}), asks the standby how far it has replayed, and moves {@link ReplicaState}. A standby
 * that is not in recovery (a promoted one) counts as current. When the primary itself does not answer, the state is
 * left as it was: nothing is being written, so the standby cannot fall further behind.
 */
@Component
class LagCheck {

    private static final Logger log = LoggerFactory.getLogger(LagCheck.class);

    private final ReplicaConnections connections;
    private final ReplicationRepository repository;
    private final ReplicaState state;
    private final Clock clock;
    private final WalHistory history;
    private @Nullable Disposable running;

    LagCheck(ReplicaConnections connections, ReplicationRepository repository, ReplicaState state, Clock clock) {
        this.connections = connections;
        this.repository = repository;
        this.state = state;
        this.clock = clock;
        ReplicaSettings settings = connections.settings();
        this.history = new WalHistory(settings.maxLag().plus(settings.checkInterval().multipliedBy(2)));
    }

    /** From when the portal is up: during start-up, Flyway and the pool's first connections come first. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        DatabaseClient replica = connections.client();
        if (replica == null || running != null) {
            return;
        }
        running = Flux.interval(Duration.ZERO, connections.settings().checkInterval())
                .onBackpressureDrop()
                .concatMap(tick -> check(replica), 1)
                .subscribe();
    }

    @PreDestroy
    synchronized void stop() {
        if (running != null) {
            running.dispose();
        }
    }

    /** One check; never fails, so the timer goes on. */
    Mono<Void> check(DatabaseClient replica) {
        return repository.primaryPosition()
                .timeout(connections.settings().checkTimeout())
                .doOnNext(position -> history.add(clock.instant(), position))
                .onErrorResume(error -> {
                    log.debug("Primary's WAL position not read, replica state left as it was: {}", describe(error));
                    return Mono.empty();
                })
                .flatMap(position -> repository.standby(replica)
                        .timeout(connections.settings().checkTimeout())
                        .doOnNext(this::judge)
                        .onErrorResume(error -> {
                            state.unreachable(describe(error));
                            return Mono.empty();
                        }))
                .then();
    }

    private void judge(ReplicationRepository.Standby standby) {
        Instant now = clock.instant();
        log.debug("Standby: in recovery {}, replayed {}", standby.inRecovery(), standby.replayed());
        if (!standby.inRecovery()) {
            state.measured(Duration.ZERO);
            return;
        }
        Duration lag = standby.replayed() == null ? null : history.lag(standby.replayed(), now);
        if (lag == null) {
            state.behindAtLeast(history.since(now));
        } else {
            state.measured(lag);
        }
    }

    /** The innermost message, e.g. "ConnectException: Connection refused"; never a stack trace or a password. */
    static String describe(Throwable error) {
        if (error instanceof TimeoutException) {
            return "no answer within the check's time limit";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
