package org.exportalliance.portal.lead;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for buyers and what conflict detection reads and writes around them: the known buyers an identity matches,
 * a saved lead's identity, other firms' holds on buyers, the conflicts left for staff, and the advisory locks that
 * make a claim's check and write atomic ({@link ConflictCheckLock}).
 */
@Repository
class BuyerRepository {

    /** Another firm's hold on a buyer, for one category. */
    record HeldScope(UUID buyerId, Hold hold) {}

    private final DatabaseClient db;

    BuyerRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Raises pg_trgm's similarity threshold for the rest of the caller's transaction ({@link BuyerMatching}). */
    Mono<Void> raiseNameThreshold() {
        return db.sql("set local pg_trgm.similarity_threshold = " + BuyerMatch.SIMILAR_NAME).then();
    }

    Flux<BuyerMatch> matches(BuyerIdentity identity) {
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

    Mono<BuyerIdentity> identityOfLead(UUID leadId) {
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

    Mono<UUID> insert(BuyerIdentity identity, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        return db.sql("insert into buyer (id, normalised_name, country, created_at) "
                        + "values (:id, :name, :country, :now)")
                .bind("id", id).bind("name", identity.normalisedName())
                .bind("country", identity.country()).bind("now", now)
                .then().thenReturn(id);
    }

    Mono<Void> recordConflict(String origin, Actor actor, @Nullable UUID leadId, Conflict c, String[] reasons,
            OffsetDateTime now) {
        return db.sql("""
                        insert into lead_conflict (at, origin, firm_id, actor_id, lead_id, claim_id, categories,
                            reasons, name_score)
                        values (:now, :origin, :firm, :actor, :lead, :claim, :categories, :reasons, :score)""")
                .bind("now", now).bind("origin", origin).bind("firm", actor.firmId())
                .bind("actor", actor.userId())
                .bind("lead", Parameter.fromOrEmpty(leadId, UUID.class))
                .bind("claim", c.claimId())
                .bind("categories", c.categories().toArray(String[]::new))
                .bind("reasons", reasons)
                .bind("score", (float) c.match().nameScore())
                .then();
    }

    Flux<Map.Entry<UUID, HeldScope>> heldBy(Set<UUID> buyers, Set<String> categories, UUID firmId,
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

    /** The buyer's identity keys as any claim's conflict check could meet it, sorted. */
    Mono<List<String>> identityKeys(UUID leadId) {
        return db.sql("""
                        with own as (
                            select l.country, b.country as buyer_country, l.buyer_id
                            from lead l join buyer b on b.id = l.buyer_id where l.id = :lead),
                        sibling as (
                            select x.id, x.web_domain from lead x where x.buyer_id = (select buyer_id from own))
                        select 'country:' || country as k from own
                        union select 'country:' || buyer_country from own
                        union select 'domain:' || web_domain from sibling where web_domain is not null
                        union select 'domain:' || c.email_domain from lead_contact c join sibling s on s.id = c.lead_id
                              where c.email_domain is not null
                        union select 'phone:' || c.phone from lead_contact c join sibling s on s.id = c.lead_id
                              where c.phone is not null
                        union select 'phone:' || c.whatsapp from lead_contact c join sibling s on s.id = c.lead_id
                              where c.whatsapp is not null""")
                .bind("lead", leadId)
                .map(row -> row.get("k", String.class))
                .all().sort().collectList();
    }

    /** One statement; a function scan hands the rows on in the arrays' order, so the locks are taken in it. */
    Mono<Void> lock(List<ConflictCheckLock.Lock> locks) {
        return db.sql("""
                        select case when t.shared then pg_advisory_xact_lock_shared(t.space, t.key)
                                    else pg_advisory_xact_lock(t.space, t.key) end
                        from unnest(cast(:spaces as integer[]), cast(:keys as integer[]), cast(:shared as boolean[]))
                             as t(space, key, shared)""")
                .bind("spaces", locks.stream().map(ConflictCheckLock.Lock::space).toArray(Integer[]::new))
                .bind("keys", locks.stream().map(ConflictCheckLock.Lock::key).toArray(Integer[]::new))
                .bind("shared", locks.stream().map(ConflictCheckLock.Lock::shared).toArray(Boolean[]::new))
                .then();
    }
}
