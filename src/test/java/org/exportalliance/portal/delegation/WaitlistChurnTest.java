package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.db.AdvisoryLocks;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The waitlist under churn: rounds of applications, withdrawals, staff decisions (approve, waitlist, reject), offers
 * accepted and expired, changed requests, capacity changes and allocation runs, fired at the same moment from many
 * callers, each call its own transaction on its own connection. After every round:
 * <ul>
 *   <li>every delegation's used slots, area and seats are what its applications holding capacity add up to
 *       ({@link PlacesLedger#count});</li>
 *   <li>nobody is waitlisted while room is left: no application the waitlist would offer a place to (waiting for an
 *       automatic offer, fitting the room left in every unit, and the head of the waitlist or behind a head passed
 *       over fewer than {@code portal.delegation.max-pass-overs} times) is still waiting
 *       ({@link PlacesLedger#owedAnOffer});</li>
 *   <li>every call was answered, with a result or one of the portal's refusals (never a database error).</li>
 * </ul>
 * The choices come from a seeded {@link Random}; the interleaving is the machine's. By default a fixed seed and 25
 * rounds; to run it longer with another seed:
 * {@code ./mvnw test -Dtest=WaitlistChurnTest -Dportal.churn.rounds=400 -Dportal.churn.seed=7}.
 * Offers expire the way the schedule expires them ({@link OfferExpiry#run}), on a clock moved past every offer's
 * deadline.
 */
@PortalTest
class WaitlistChurnTest {

    private static final Logger log = LoggerFactory.getLogger(WaitlistChurnTest.class);
    static final long SEED = Long.getLong("portal.churn.seed", 20_261_206L);
    static final int ROUNDS = Integer.getInteger("portal.churn.rounds", 25);
    static final int CALLS_PER_ROUND = 24;
    static final int MAX_PASS_OVERS = 2;

    @Autowired DelegationService delegations;
    @Autowired AllocationService allocation;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired Members members;
    @Autowired DatabaseClient db;
    @Autowired TransactionalOperator tx;
    @Autowired MeterRegistry meters;
    @Autowired DelegationRepository delegationRows;
    @Autowired ApplicationRepository applicationRows;
    @Autowired DelegationNews news;
    @Autowired Clock clock;

    private final Random random = new Random(SEED);
    private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    private final List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void rounds_of_concurrent_churn_keep_used_places_equal_to_held_ones_and_leave_nobody_waiting_while_room_is_left() {
        Actor staff = actors.staff();
        List<Delegation> fifo = List.of(
                Delegations.open(fairs, delegations, staff, 4, "60", 12, AllocationPolicy.FIFO),
                Delegations.open(fairs, delegations, staff, 6, "90", 20, AllocationPolicy.FIFO));
        Delegation bestFit = Delegations.open(fairs, delegations, staff, 5, "70", 16, AllocationPolicy.BEST_FIT);
        List<Delegation> all = List.of(fifo.get(0), fifo.get(1), bestFit);
        List<Actor> firms = Flux.range(0, 24).concatMap(i -> members.newFirm("churn")).collectList()
                .block(Duration.ofMinutes(1));
        Map<UUID, Actor> firmById = firms.stream().collect(Collectors.toMap(Actor::firmId, Function.identity()));

        for (int round = 1; round <= ROUNDS; round++) {
            List<DelegationApplication> current = all.stream()
                    .flatMap(d -> delegations.applications(staff, d.id()).collectList().block().stream())
                    .toList();
            Map<UUID, Capacity> room = all.stream().collect(Collectors.toMap(Delegation::id,
                    d -> delegations.find(d.id()).block().remaining()));
            List<Mono<String>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS_PER_ROUND; i++) {
                calls.add(call(round, all, bestFit, firms, firmById, current, room));
            }
            Flux.fromIterable(calls)
                    .flatMap(c -> c.subscribeOn(Schedulers.parallel()), 16)
                    .doOnNext(outcome -> outcomes.merge(outcome, 1, Integer::sum))
                    .then().block(Duration.ofMinutes(2));

            assertThat(unexpected).as("round %d: every call answered with a result or a refusal", round).isEmpty();
            for (Delegation d : all) {
                PlacesLedger.Counted counted = PlacesLedger.count(db, d.id());
                assertThat(counted.matches()).as("round %d, delegation %s: used = held, %s", round, d.id(), counted)
                        .isTrue();
                assertThat(PlacesLedger.owedAnOffer(db, d.id(), MAX_PASS_OVERS))
                        .as("round %d, delegation %s: nobody waitlisted while room is left", round, d.id())
                        .isEmpty();
            }
        }
        log.info("Waitlist churn: seed {}, {} rounds of {} concurrent calls, invariants held after every round; "
                + "outcomes {}", SEED, ROUNDS, CALLS_PER_ROUND, new TreeMap<>(outcomes));
        // Which calls succeed depends on the interleaving, so the outcomes are logged, not required one by one; what
        // is required is that every kind of call was made, and that the churn changed things rather than only being
        // refused (about half the calls succeed).
        assertThat(outcomes.keySet().stream().map(k -> k.substring(0, k.indexOf(':'))).distinct())
                .as("every kind of call was made")
                .containsExactlyInAnyOrder("apply", "withdraw", "decide", "accept", "edit", "resize", "expire",
                        "allocate");
        int changed = outcomes.entrySet().stream().filter(e -> succeeded(e.getKey())).mapToInt(Map.Entry::getValue)
                .sum();
        assertThat(changed).as("calls that changed something").isGreaterThanOrEqualTo(ROUNDS * CALLS_PER_ROUND / 10);
    }

    /** A result, not a refusal: a status, "ok", or how many offers expired. */
    private static boolean succeeded(String outcome) {
        String result = outcome.substring(outcome.indexOf(':') + 1);
        return result.equals("ok") || result.equals("1") || java.util.Arrays.stream(ApplicationStatus.values())
                .anyMatch(s -> s.name().equals(result));
    }

    /** One randomly chosen call; its outcome as "kind:result" or "kind:refusal". */
    private Mono<String> call(int round, List<Delegation> all, Delegation bestFit, List<Actor> firms,
            Map<UUID, Actor> firmById, List<DelegationApplication> current, Map<UUID, Capacity> room) {
        Actor staff = actors.staff();
        int dice = random.nextInt(100);
        // Mostly live applications (ended ones only refuse), now and then any.
        List<DelegationApplication> live = current.stream().filter(a -> !ended(a.status())).toList();
        List<DelegationApplication> pool = live.isEmpty() || random.nextInt(10) == 0 ? current : live;
        DelegationApplication target = pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
        Delegation delegation = all.get(random.nextInt(all.size()));
        if (dice < 30 || target == null) {
            List<Actor> free = firms.stream().filter(f -> live.stream().noneMatch(
                    a -> a.firmId().equals(f.firmId()) && a.delegationId().equals(delegation.id()))).toList();
            List<Actor> from = free.isEmpty() || random.nextInt(10) == 0 ? firms : free;
            Actor firm = from.get(random.nextInt(from.size()));
            return answered("apply", delegations.apply(firm, delegation.id(), request()).map(a -> a.status().name()));
        }
        Actor owner = firmById.get(target.firmId());
        if (dice < 45) {
            return answered("withdraw", delegations.withdraw(owner, target.id()).map(a -> a.status().name()));
        }
        if (dice < 62) {
            // Half the time staff approve one that fits the room its delegation had when the round began (submitted
            // to BEST_FIT, or kept for staff); otherwise any decision the target's state allows, now and then any.
            List<DelegationApplication> approvable = current.stream()
                    .filter(a -> Decision.APPROVE.allowedFrom(a.status())
                            && room.get(a.delegationId()).fits(a.request()))
                    .toList();
            if (!approvable.isEmpty() && random.nextBoolean()) {
                DelegationApplication fits = approvable.get(random.nextInt(approvable.size()));
                return answered("decide", delegations.decide(staff, fits.id(), Decision.APPROVE,
                        "第 " + round + " 轮录取").map(a -> a.status().name()));
            }
            List<Decision> allowed = java.util.Arrays.stream(Decision.values())
                    .filter(d -> d.allowedFrom(target.status())).toList();
            List<Decision> from = allowed.isEmpty() || random.nextInt(10) == 0 ? List.of(Decision.values()) : allowed;
            Decision decision = from.get(random.nextInt(from.size()));
            return answered("decide", delegations.decide(staff, target.id(), decision, "第 " + round + " 轮决定")
                    .map(a -> a.status().name()));
        }
        if (dice < 74) {
            List<DelegationApplication> offered = current.stream()
                    .filter(a -> a.status() == ApplicationStatus.OFFERED).toList();
            DelegationApplication offer = offered.isEmpty() ? target : offered.get(random.nextInt(offered.size()));
            return answered("accept", delegations.accept(firmById.get(offer.firmId()), offer.id())
                    .map(a -> a.status().name()));
        }
        if (dice < 82) {
            return answered("edit", delegations.edit(owner, target.id(), request()).map(a -> "ok"));
        }
        if (dice < 90) {
            // Around what is held: mostly a little room more (which the waitlist gets), now and then less.
            int slots = random.nextInt(5) - 1;
            int area = 5 * (random.nextInt(12) - 2);
            int seats = random.nextInt(12) - 2;
            return answered("resize", delegations.find(delegation.id())
                    .flatMap(d -> delegations.resize(staff, d.id(), d.version(), new Capacity(
                            Math.max(1, d.used().slots() + slots),
                            d.used().areaM2().add(BigDecimal.valueOf(area)).max(BigDecimal.TEN),
                            Math.max(4, d.used().seats() + seats))))
                    .map(d -> "ok"));
        }
        if (dice < 96) {
            return answered("expire", expiryAt(round).run().map(n -> n < 0 ? "skipped" : String.valueOf(Math.min(n, 1))));
        }
        return answered("allocate", allocation.allocate(staff, bestFit.id()).map(r -> "ok"));
    }

    private static boolean ended(ApplicationStatus status) {
        return status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.REJECTED
                || status == ApplicationStatus.EXPIRED;
    }

    private ApplicationDraft request() {
        return Delegations.application(1 + random.nextInt(4), String.valueOf(5 + 5 * random.nextInt(5)));
    }

    /**
     * The expiry job as the schedule runs it, on a clock moved past every offer made so far: offers made in round
     * {@code r} (at most 48 h after the clock of round r) have all run out on round r + 1's clock.
     */
    private OfferExpiry expiryAt(int round) {
        Clock later = Clock.offset(clock, Duration.ofHours(100L * round));
        WaitlistOffers offers = new WaitlistOffers(delegationRows, applicationRows, news, later, Duration.ofHours(48),
                MAX_PASS_OVERS, tx);
        return new OfferExpiry(offers, new AdvisoryLocks(db), tx, meters);
    }

    /** The call's result, or the refusal it got; anything else is recorded as unexpected. */
    private Mono<String> answered(String kind, Mono<String> call) {
        return call.map(result -> kind + ":" + result)
                .onErrorResume(Refusal.class, refusal -> Mono.just(kind + ":" + refusal.getClass().getSimpleName()))
                .onErrorResume(e -> {
                    unexpected.add(e);
                    log.error("churn call {} failed", kind, e);
                    return Mono.just(kind + ":unexpected");
                });
    }
}
