package org.exportalliance.portal.request;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.platform.db.AdvisoryLocks;
import org.exportalliance.portal.request.calendar.WorkingTime;
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
 * Watches the SLA clocks on a schedule: at 50 % and 75 % of a running clock's working time it warns, at 100 % it
 * escalates (the unit's lead and staff), each once per clock and round whichever instance notices first (a row in
 * {@code request_sla_alert}); and it closes resolutions the firm has left unconfirmed for the configured working
 * days. One instance runs at a time (an advisory lock), like the waitlist's offer expiry.
 */
@Component
public class RequestDeadlines {

    private static final Logger log = LoggerFactory.getLogger(RequestDeadlines.class);
    static final long LOCK = 7_200_016L;
    static final int[] LEVELS = {50, 75, 100};

    private final RequestRepository requests;
    private final RequestNotices notices;
    private final RequestClosing closing;
    private final SlaClocks sla;
    private final AdvisoryLocks locks;
    private final TransactionalOperator tx;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int autoCloseDays;

    RequestDeadlines(RequestRepository requests, RequestNotices notices, RequestClosing closing, SlaClocks sla,
            AdvisoryLocks locks, TransactionalOperator tx, MeterRegistry meters, Clock clock,
            @Value("${portal.requests.auto-close-working-days:5}") int autoCloseDays) {
        this.requests = requests;
        this.notices = notices;
        this.closing = closing;
        this.sla = sla;
        this.locks = locks;
        this.tx = tx;
        this.meters = meters;
        this.clock = clock;
        this.autoCloseDays = autoCloseDays;
    }

    @Scheduled(fixedDelayString = "${portal.requests.deadline-check:PT1M}",
            initialDelayString = "${portal.requests.deadline-initial-delay:PT20S}")
    void onSchedule() {
        Integer acted = run().block(Duration.ofMinutes(2));
        if (acted != null && acted > 0) {
            log.info("Request deadlines: {} alerts or closings", acted);
        }
    }

    /** One run: how many alerts were sent and resolutions closed, or -1 when another instance holds the lock. */
    public Mono<Integer> run() {
        Mono<Integer> guarded = locks.tryTake(LOCK)
                .flatMap(acquired -> acquired ? alerts().concatWith(closings()).reduce(0, Integer::sum)
                        : Mono.just(-1));
        return tx.transactional(guarded)
                .doOnNext(n -> meters.counter("portal.requests.deadline.runs", "outcome", n < 0 ? "skipped" : "acted")
                        .increment());
    }

    private Flux<Integer> alerts() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // One read per category and priority in a run, not one per running request.
        Map<String, Mono<SlaTarget>> targets = new HashMap<>();
        return sla.workingTime().flatMapMany(time -> requests.running().collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(r -> targets.computeIfAbsent(r.category() + "/" + r.state().priority(),
                                key -> sla.target(r.category(), r.state().priority()).cache())
                        .flatMapMany(target -> Flux.just(SlaClock.values())
                                .concatMap(c -> alert(r, c, r.state().dueAt(c), target.of(c), time, now)))));
    }

    private Flux<Integer> closings() {
        return closing.unconfirmedFor(autoCloseDays).collectList().flatMapMany(Flux::fromIterable)
                .concatMap(r -> closing.closeUnconfirmed(r).thenReturn(1));
    }

    /** Records every level the clock has reached; tells people of the highest one newly reached. */
    private Mono<Integer> alert(ServiceRequest r, SlaClock c, @Nullable OffsetDateTime due, Duration target,
            WorkingTime time, OffsetDateTime now) {
        if (due == null) {
            return Mono.just(0);
        }
        int used = used(target, SlaClocks.left(time, now, due));
        List<Integer> reached = new ArrayList<>();
        for (int level : LEVELS) {
            if (used >= level) {
                reached.add(level);
            }
        }
        return Flux.fromIterable(reached)
                .concatMap(level -> requests.alert(r.id(), c, r.state().clockRound(), level, now)
                        .map(fresh -> fresh ? level : 0))
                .reduce(0, Math::max)
                .flatMap(level -> level == 0 ? Mono.just(0) : notices.deadline(r, c, level).thenReturn(1));
    }

    /** How much of the target is used, in percent: 100 when nothing is left. */
    static int used(Duration target, Duration left) {
        if (target.isZero() || left.isNegative() || left.isZero()) {
            return 100;
        }
        long spent = target.minus(left).toSeconds();
        return (int) Math.clamp(spent * 100 / target.toSeconds(), 0, 100);
    }
}
