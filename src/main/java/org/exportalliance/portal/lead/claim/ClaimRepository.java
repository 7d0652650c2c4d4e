package org.exportalliance.portal.lead.claim;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
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
 * SQL for claims. A firm's reads and writes carry {@code firm_id = :firm}; staff's carry none. Every change is a
 * conditional update on the state it expects, so two people acting at once cannot both succeed.
 */
@Repository
class ClaimRepository {

    private static final String COLUMNS = """
            c.id, c.lead_id, c.buyer_id, c.firm_id, l.company_name, l.country, c.status, c.stage, c.lost_reason,
            c.valid_from, c.valid_until, c.created_at, c.version,
            array(select s.category from claim_scope s where s.claim_id = c.id order by s.category) as categories""";
    private static final String OPEN = "c.status in ('SUBMITTED', 'APPROVED') and c.stage <> 'LOST'";

    private final DatabaseClient db;

    ClaimRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID id, UUID leadId, UUID buyerId, UUID firmId, @Nullable UUID by, Set<String> categories,
            OffsetDateTime from, OffsetDateTime until) {
        return db.sql("""
                        insert into claim (id, buyer_id, lead_id, firm_id, claimed_by, valid_from, valid_until,
                            created_at, updated_at)
                        values (:id, :buyer, :lead, :firm, :by, :from, :until, :from, :from)""")
                .bind("id", id).bind("buyer", buyerId).bind("lead", leadId).bind("firm", firmId)
                .bind("by", Parameter.fromOrEmpty(by, UUID.class)).bind("from", from).bind("until", until)
                .then()
                .thenMany(Flux.fromIterable(categories).concatMap(category -> db.sql(
                                "insert into claim_scope (claim_id, category, buyer_id, during, held) "
                                        + "values (:id, :category, :buyer, 'empty', false)")
                        .bind("id", id).bind("category", category).bind("buyer", buyerId).then()))
                .then();
    }

    Mono<Claim> find(Actor actor, UUID id) {
        return db.sql("select " + COLUMNS + " from claim c join lead l on l.id = c.lead_id where c.id = :id"
                        + (actor.isStaff() ? "" : " and c.firm_id = :firm"))
                .bind("id", id)
                .bindValues(actor.isStaff() ? java.util.Map.of() : java.util.Map.of("firm", actor.firmId()))
                .map(ClaimRepository::read).one();
    }

    /** The actor's firm's claims (staff: everybody's), newest first; {@code heldOnly} keeps those holding now. */
    Flux<Claim> list(Actor actor, boolean heldOnly, OffsetDateTime now, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS)
                .append(" from claim c join lead l on l.id = c.lead_id where true");
        if (!actor.isStaff()) {
            sql.append(" and c.firm_id = :firm");
        }
        if (heldOnly) {
            sql.append(" and ").append(OPEN).append(" and c.valid_until > :now");
        }
        sql.append(" order by c.created_at desc, c.id desc limit :limit offset :offset");
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString()).bind("limit", limit).bind("offset", offset);
        if (!actor.isStaff()) {
            spec = spec.bind("firm", actor.firmId());
        }
        if (heldOnly) {
            spec = spec.bind("now", now);
        }
        return spec.map(ClaimRepository::read).all();
    }

    /** Moves a held claim of the firm one pipeline step on, renewing its window; empty when that does not hold. */
    Mono<Long> advance(UUID firmId, UUID id, Set<ClaimStage> from, ClaimStage to, @Nullable String reason,
            OffsetDateTime now, OffsetDateTime renewedUntil) {
        return db.sql("update claim c set stage = :to, lost_reason = :reason, "
                        + "valid_until = greatest(valid_until, :renewed), updated_at = :now, version = version + 1 "
                        + "where id = :id and firm_id = :firm and stage = any(:from) and " + OPEN
                        + " and valid_until > :now returning version")
                .bind("id", id).bind("firm", firmId).bind("to", to.name())
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .bind("from", from.stream().map(Enum::name).toArray(String[]::new))
                .bind("now", now).bind("renewed", renewedUntil)
                .map(row -> row.get(0, Long.class)).one();
    }

    /** Renews a held claim of the firm after logged activity; empty when it does not hold. */
    Mono<Long> renew(UUID firmId, UUID id, OffsetDateTime now, OffsetDateTime renewedUntil) {
        return db.sql("update claim c set valid_until = greatest(valid_until, :renewed), updated_at = :now, "
                        + "version = version + 1 where id = :id and firm_id = :firm and " + OPEN
                        + " and valid_until > :now returning version")
                .bind("id", id).bind("firm", firmId).bind("now", now).bind("renewed", renewedUntil)
                .map(row -> row.get(0, Long.class)).one();
    }

    /** Changes the status of a claim that is in one of {@code from} and still holds; empty otherwise. */
    Mono<Long> setStatus(UUID id, @Nullable UUID firmId, Set<ClaimStatus> from, ClaimStatus to,
            OffsetDateTime now) {
        return db.sql("update claim c set status = :to, updated_at = :now, version = version + 1 "
                        + "where id = :id and status = any(:from) and stage <> 'LOST' and valid_until > :now"
                        + (firmId == null ? "" : " and firm_id = :firm") + " returning version")
                .bind("id", id).bind("to", to.name()).bind("now", now)
                .bind("from", from.stream().map(Enum::name).toArray(String[]::new))
                .bindValues(firmId == null ? java.util.Map.of() : java.util.Map.of("firm", firmId))
                .map(row -> row.get(0, Long.class)).one();
    }

    /** The firm's claims that still hold a buyer. */
    Flux<UUID> openOfFirm(UUID firmId, OffsetDateTime now) {
        return db.sql("select c.id from claim c where c.firm_id = :firm and " + OPEN + " and c.valid_until > :now")
                .bind("firm", firmId).bind("now", now)
                .map(row -> row.get(0, UUID.class)).all();
    }

    /** Moves the end of an open claim (staff); empty when it is not open. */
    Mono<Long> extend(UUID id, OffsetDateTime until, OffsetDateTime now) {
        return db.sql("update claim c set valid_until = :until, updated_at = :now, version = version + 1 "
                        + "where id = :id and " + OPEN + " and valid_from < :until returning version")
                .bind("id", id).bind("until", until).bind("now", now)
                .map(row -> row.get(0, Long.class)).one();
    }

    Mono<Void> event(UUID claimId, OffsetDateTime at, @Nullable UUID actorId, String kind,
            @Nullable ClaimStage stage, @Nullable OffsetDateTime validUntil, @Nullable String note) {
        return db.sql("insert into claim_event (claim_id, at, actor_id, kind, stage, valid_until, note) "
                        + "values (:claim, :at, :actor, :kind, :stage, :until, :note)")
                .bind("claim", claimId).bind("at", at)
                .bind("actor", Parameter.fromOrEmpty(actorId, UUID.class)).bind("kind", kind)
                .bind("stage", Parameter.fromOrEmpty(stage == null ? null : stage.name(), String.class))
                .bind("until", Parameter.fromOrEmpty(validUntil, OffsetDateTime.class))
                .bind("note", Parameter.fromOrEmpty(note, String.class))
                .then();
    }

    Flux<ClaimEvent> events(UUID claimId) {
        return db.sql("select at, actor_id, kind, stage, valid_until, note from claim_event where claim_id = :id "
                        + "order by at, id")
                .bind("id", claimId)
                .map(row -> {
                    String stage = row.get("stage", String.class);
                    return new ClaimEvent(row.get("at", OffsetDateTime.class), row.get("actor_id", UUID.class),
                            row.get("kind", String.class), stage == null ? null : ClaimStage.valueOf(stage),
                            row.get("valid_until", OffsetDateTime.class), row.get("note", String.class));
                })
                .all();
    }

    Flux<RecordedConflict> conflicts(int offset, int limit) {
        return db.sql("""
                        select k.id, k.at, k.origin, k.firm_id, k.lead_id, k.claim_id, c.firm_id as holder,
                               l.company_name, k.categories, k.reasons, k.name_score
                        from lead_conflict k join claim c on c.id = k.claim_id join lead l on l.id = c.lead_id
                        order by k.at desc, k.id desc limit :limit offset :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map(row -> new RecordedConflict(row.get("id", Long.class), row.get("at", OffsetDateTime.class),
                        row.get("origin", String.class), row.get("firm_id", UUID.class),
                        row.get("lead_id", UUID.class), row.get("claim_id", UUID.class),
                        row.get("holder", UUID.class), row.get("company_name", String.class),
                        Arrays.asList(row.get("categories", String[].class)),
                        Arrays.asList(row.get("reasons", String[].class)), row.get("name_score", Float.class)))
                .all();
    }

    static Claim read(Readable row) {
        String[] categories = row.get("categories", String[].class);
        return new Claim(row.get("id", UUID.class), row.get("lead_id", UUID.class), row.get("buyer_id", UUID.class),
                row.get("firm_id", UUID.class), row.get("company_name", String.class),
                row.get("country", String.class), categories == null ? List.of() : Arrays.asList(categories),
                ClaimStatus.valueOf(row.get("status", String.class)), ClaimStage.valueOf(row.get("stage", String.class)),
                row.get("lost_reason", String.class), row.get("valid_from", OffsetDateTime.class),
                row.get("valid_until", OffsetDateTime.class), row.get("created_at", OffsetDateTime.class),
                row.get("version", Long.class));
    }
}
