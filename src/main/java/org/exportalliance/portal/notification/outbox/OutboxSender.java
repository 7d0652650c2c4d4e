package org.exportalliance.portal.notification.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.notification.channel.RobotOutcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the outbox, on every instance. Each step locks one channel with due notices ({@code for update skip locked}:
 * an instance never waits for, nor sends to, a channel another one holds), sends all its due notices as one message
 * (a digest when several), records the attempt and what follows from it, and commits; the lock ends with the
 * transaction. A robot gets at most {@value #PER_WINDOW} attempts in any window ({@code portal.channels.window},
 * 60 s), counted in the delivery log; what waits meanwhile goes as one digest. See docs/architecture.md decision 32.
 */
@Component
public class OutboxSender {

    static final int PER_WINDOW = 20;
    static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 8;
    private static final int CHANNELS_PER_RUN = 200;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final ChannelRepository channels;
    private final OutboxRepository outbox;
    private final ChannelDispatch dispatch;
    private final EmailSender mail;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Duration window;

    OutboxSender(ChannelRepository channels, OutboxRepository outbox, ChannelDispatch dispatch, EmailSender mail,
            TransactionalOperator tx, Clock clock, @Value("${portal.channels.window:PT60S}") Duration window) {
        this.channels = channels;
        this.outbox = outbox;
        this.dispatch = dispatch;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.window = window;
    }

    @Scheduled(fixedDelayString = "${portal.channels.outbox-check:PT2S}",
            initialDelayString = "${portal.channels.outbox-initial-delay:PT10S}")
    void onSchedule() {
        Long sent = run().block(Duration.ofMinutes(10));
        if (sent != null && sent > 0) {
            log.info("Outbox: {} messages attempted", sent);
        }
    }

    /** One run: every channel with due notices gets one attempt (if its pace allows); how many were attempted. */
    public Mono<Long> run() {
        return Flux.range(0, CHANNELS_PER_RUN).concatMap(i -> sendOne(null)).takeWhile(Boolean::booleanValue)
                .count();
    }

    /** One attempt for this channel now, if it has due notices and its pace allows. */
    Mono<Boolean> sendNow(UUID channel) {
        return sendOne(channel);
    }

    private Mono<Boolean> sendOne(@Nullable UUID only) {
        Mono<Boolean> step = Mono.defer(() -> {
            Instant now = clock.instant();
            return channels.lockDue(now, now.minus(window), PER_WINDOW, mail.enabled(), only)
                    .flatMap(locked -> outbox.due(locked.channel().id(), now, BATCH).collectList()
                            .flatMap(rows -> dispatch.send(locked, rows)
                                    .flatMap(outcome -> record(locked.channel().id(), rows, outcome)))
                            .thenReturn(true));
        });
        return tx.transactional(step).defaultIfEmpty(false);
    }

    private Mono<Void> record(UUID channel, List<OutboxRepository.Queued> rows, RobotOutcome outcome) {
        Instant now = clock.instant();
        List<UUID> ids = rows.stream().map(OutboxRepository.Queued::id).toList();
        int n = rows.size();
        return switch (outcome) {
            case RobotOutcome.Delivered d -> outbox.finish(ids, "SENT", now)
                    .then(outbox.log(channel, now, n, "DELIVERED", null));
            case RobotOutcome.RateLimited r -> channels.pause(channel, now.plus(r.pause()))
                    .then(outbox.log(channel, now, n, "RATE_LIMITED", "paused for " + r.pause()));
            case RobotOutcome.Misconfigured m -> channels.markBroken(channel, m.reason(), now)
                    .then(outbox.log(channel, now, n, "MISCONFIGURED", m.reason()));
            case RobotOutcome.Rejected r -> outbox.finish(ids, "FAILED", now)
                    .then(outbox.log(channel, now, n, "REJECTED", r.reason()));
            case RobotOutcome.Transient t -> {
                int attempts = rows.stream().mapToInt(OutboxRepository.Queued::attempts).max().orElse(0) + 1;
                Mono<Long> next = attempts >= MAX_ATTEMPTS ? outbox.finish(ids, "FAILED", now)
                        : outbox.retry(ids, now.plus(backoff(attempts)));
                yield next.then(outbox.log(channel, now, n, "TRANSIENT", t.reason()));
            }
        };
    }

    /** 10 s after the first failure, doubling: 10 s, 20 s, 40 s … about 21 minutes before the last attempt. */
    static Duration backoff(int attempts) {
        return Duration.ofSeconds(10L << Math.min(attempts - 1, 10));
    }
}
