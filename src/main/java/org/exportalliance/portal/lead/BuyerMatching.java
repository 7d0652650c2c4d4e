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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
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

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    BuyerMatching(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
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
        return tx.transactional(db.sql("set local pg_trgm.similarity_threshold = " + BuyerMatch.SIMILAR_NAME).then()
                .thenMany(matches(identity)));
    }

    private Flux<BuyerMatch> matches(BuyerIdentity identity) {
        return db.sql("""
                        with by_name as (
                            select b.id from buyer b where b.country = :country and b.normalised_name % :name
                        ), by_domain as (
                            select l.buyer_id as id from lead l where l.web_domain = any(:domains)
                            union
                            select l.buyer_id from lead_contact c join lead l on l.id = c.lead_id
                            where c.email_domain = any(:domains)
                        ), by_phone as (
                            select l.buyer_id as id from lead_contact c join lead l on l.id = c.lead_id
                            where c.phone = any(:phones)
                            union
                            select l.buyer_id from lead_contact c join lead l on l.id = c.lead_id
                            where c.whatsapp = any(:phones)
                        )
                        select b.id, similarity(b.normalised_name, :name) as score, b.country = :country as country,
                               b.id in (select id from by_domain) as domain, b.id in (select id from by_phone) as phone
                        from buyer b
                        where b.id in (select id from by_name union select id from by_domain
                                       union select id from by_phone)""")
                .bind("country", identity.country()).bind("name", identity.normalisedName())
                .bind("domains", identity.domains().toArray(String[]::new))
                .bind("phones", identity.phones().toArray(String[]::new))
                .map(row -> new BuyerMatch(row.get("id", UUID.class), row.get("score", Float.class),
                        Boolean.TRUE.equals(row.get("country", Boolean.class)),
                        Boolean.TRUE.equals(row.get("domain", Boolean.class)),
                        Boolean.TRUE.equals(row.get("phone", Boolean.class))))
                .all();
    }

    /** The identity a saved lead gives its buyer: its name and country, its domains and phones. */
    public Mono<BuyerIdentity> identityOfLead(UUID leadId) {
        return db.sql("""
                        select l.normalised_name, l.country,
                               array(select l.web_domain where l.web_domain is not null
                                     union select c.email_domain from lead_contact c
                                     where c.lead_id = l.id and c.email_domain is not null) as domains,
                               array(select c.phone from lead_contact c where c.lead_id = l.id and c.phone is not null
                                     union select c.whatsapp from lead_contact c
                                     where c.lead_id = l.id and c.whatsapp is not null) as phones
                        from lead l where l.id = :id""")
                .bind("id", leadId)
                .map(row -> new BuyerIdentity(row.get("normalised_name", String.class),
                        row.get("country", String.class), Set.of(row.get("domains", String[].class)),
                        Set.of(row.get("phones", String[].class))))
                .one();
    }

    /** The buyer a new lead describes: the strongest same-buyer match, or a new buyer. */
    public Mono<UUID> resolve(BuyerIdentity identity, OffsetDateTime now) {
        return candidates(identity).filter(BuyerMatch::sameBuyer)
                .sort(Comparator.comparingInt(BuyerMatch::strength).thenComparingDouble(BuyerMatch::nameScore)
                        .reversed())
                .next()
                .map(BuyerMatch::buyerId)
                .switchIfEmpty(Mono.defer(() -> {
                    UUID id = UUID.randomUUID();
                    return db.sql("insert into buyer (id, normalised_name, country, created_at) "
                                    + "values (:id, :name, :country, :now)")
                            .bind("id", id).bind("name", identity.normalisedName())
                            .bind("country", identity.country()).bind("now", now)
                            .then().thenReturn(id);
                }));
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
                        : heldBy(matches.keySet(), categories, firmId, now).collectMultimap(Map.Entry::getKey)
                                .map(byClaim -> byClaim.entrySet().stream().map(e -> {
                                    List<Map.Entry<UUID, HeldScope>> scopes = List.copyOf(e.getValue());
                                    UUID buyer = scopes.getFirst().getValue().buyerId();
                                    return new Conflict(e.getKey(), scopes.stream()
                                            .map(s -> s.getValue().hold()).toList(), matches.get(buyer));
                                }).toList()));
    }

    /** Leaves the conflicts for staff to see. Call outside a transaction that is about to fail. */
    public Mono<Void> record(String origin, Actor actor, @Nullable UUID leadId, Collection<Conflict> conflicts,
            OffsetDateTime now) {
        return Flux.fromIterable(conflicts).concatMap(c -> db.sql("""
                        insert into lead_conflict (at, origin, firm_id, actor_id, lead_id, claim_id, categories,
                            reasons, name_score)
                        values (:now, :origin, :firm, :actor, :lead, :claim, :categories, :reasons, :score)""")
                        .bind("now", now).bind("origin", origin).bind("firm", actor.firmId())
                        .bind("actor", actor.userId())
                        .bind("lead", Parameter.fromOrEmpty(leadId, UUID.class))
                        .bind("claim", c.claimId())
                        .bind("categories", c.categories().toArray(String[]::new))
                        .bind("reasons", reasonsOf(c.match()))
                        .bind("score", (float) c.match().nameScore())
                        .then())
                .then();
    }

    private static String[] reasonsOf(BuyerMatch match) {
        List<String> reasons = match.reasons();
        return (reasons.isEmpty() ? List.of("SAME_BUYER") : reasons).toArray(String[]::new);
    }

    private record HeldScope(UUID buyerId, Hold hold) {}

    private Flux<Map.Entry<UUID, HeldScope>> heldBy(Set<UUID> buyers, Set<String> categories, UUID firmId,
            OffsetDateTime now) {
        return db.sql("""
                        select s.claim_id, s.buyer_id, s.category, upper(s.during) as until
                        from claim_scope s join claim c on c.id = s.claim_id
                        where s.buyer_id = any(:buyers) and s.held and s.during && tstzrange(:now, null)
                          and c.firm_id <> :firm and s.category = any(:categories)
                        order by s.category""")
                .bind("buyers", buyers.toArray(UUID[]::new)).bind("firm", firmId).bind("now", now)
                .bind("categories", categories.toArray(String[]::new))
                .map(row -> Map.entry(row.get("claim_id", UUID.class), new HeldScope(row.get("buyer_id", UUID.class),
                        new Hold(row.get("category", String.class), row.get("until", OffsetDateTime.class), false))))
                .all();
    }
}
