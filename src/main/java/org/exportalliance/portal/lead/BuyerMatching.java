package org.exportalliance.portal.lead;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Conflict detection (DESIGN §2.2): which known buyers an identity matches, by trigram similarity of the normalised
 * name within a country, a shared company domain or a shared phone number; and which other firms' held claims on
 * those buyers overlap the categories asked for. Runs on lead creation, import and claim.
 */
@Component
public class BuyerMatching {

    private final BuyerRepository buyers;
    private final TransactionalOperator tx;

    BuyerMatching(BuyerRepository buyers, TransactionalOperator tx) {
        this.buyers = buyers;
        this.tx = tx;
    }

    /**
     * Known buyers sharing a name (similarity ≥ {@link BuyerMatch#SIMILAR_NAME}), a domain or a phone with the
     * identity. A less similar name alone neither makes the same buyer nor a conflict, so the trigram operator's
     * threshold is raised to that for the statement ({@code set local}, in the caller's transaction or a short one of
     * its own): pg_trgm's default of 0.3 made the index return and the heap recheck dozens of unrelated names (a probe
     * took 9.4 ms instead of 4.9 ms against a million leads, measured).
     */
    public Flux<BuyerMatch> candidates(BuyerIdentity identity) {
        return tx.transactional(buyers.raiseNameThreshold().thenMany(buyers.matches(identity)));
    }

    /** The identity a saved lead gives its buyer: its name and country, its domains and phones. */
    public Mono<BuyerIdentity> identityOfLead(UUID leadId) {
        return buyers.identityOfLead(leadId);
    }

    /** The buyer a new lead describes: the strongest same-buyer match, or a new buyer. */
    public Mono<UUID> resolve(BuyerIdentity identity, OffsetDateTime now) {
        return candidates(identity).filter(BuyerMatch::sameBuyer)
                .sort(Comparator.comparingInt(BuyerMatch::strength).thenComparingDouble(BuyerMatch::nameScore)
                        .reversed())
                .next()
                .map(BuyerMatch::buyerId)
                .switchIfEmpty(Mono.defer(() -> buyers.insert(identity, now)));
    }

    /**
     * Other firms' claims holding now or later on buyers matching the identity (or on {@code knownBuyer} itself) for
     * any of the categories. "Or later": a claim that won the {@link ConflictCheckLock} first may have started a
     * moment after {@code now} was read.
     */
    public Mono<List<Conflict>> conflicts(BuyerIdentity identity, Set<String> categories, UUID firmId,
            @Nullable UUID knownBuyer, OffsetDateTime now) {
        return candidates(identity).filter(BuyerMatch::conflicts)
                .collectMap(BuyerMatch::buyerId)
                .map(matches -> {
                    Map<UUID, BuyerMatch> all = new LinkedHashMap<>(matches);
                    if (knownBuyer != null) {
                        // The buyer itself, when matching did not find it for a reason of its own: SAME_BUYER.
                        all.putIfAbsent(knownBuyer, new BuyerMatch(knownBuyer, 1.0, false, false, false));
                    }
                    return all;
                })
                .flatMap(matches -> matches.isEmpty() ? Mono.just(List.<Conflict>of())
                        : buyers.heldBy(matches.keySet(), categories, firmId, now).collectMultimap(Map.Entry::getKey)
                                .map(byClaim -> byClaim.entrySet().stream().map(e -> {
                                    List<Map.Entry<UUID, BuyerRepository.HeldScope>> scopes = List.copyOf(e.getValue());
                                    UUID buyer = scopes.getFirst().getValue().buyerId();
                                    return new Conflict(e.getKey(), scopes.stream()
                                            .map(s -> s.getValue().hold()).toList(), matches.get(buyer));
                                }).toList()));
    }

    /** Leaves the conflicts for staff to see. Call outside a transaction that is about to fail. */
    public Mono<Void> record(String origin, Actor actor, @Nullable UUID leadId, Collection<Conflict> conflicts,
            OffsetDateTime now) {
        return Flux.fromIterable(conflicts)
                .concatMap(c -> buyers.recordConflict(origin, actor, leadId, c, reasonsOf(c.match()), now))
                .then();
    }

    private static String[] reasonsOf(BuyerMatch match) {
        List<String> reasons = match.reasons();
        return (reasons.isEmpty() ? List.of("SAME_BUYER") : reasons).toArray(String[]::new);
    }
}
