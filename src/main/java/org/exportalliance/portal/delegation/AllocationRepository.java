package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL of {@code delegation_application} that allocation alone reads and writes: scores and candidates. */
@Repository
class AllocationRepository {

    private final DatabaseClient db;

    AllocationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Staff's export-potential rating for a SCORED delegation; empty when no such application. */
    Mono<Long> setExportScore(UUID id, int score) {
        return db.sql("update delegation_application set export_score = :score, updated_at = now() where id = :id")
                .bind("score", score).bind("id", id).fetch().rowsUpdated().filter(n -> n == 1);
    }

    /** The submitted applications of a delegation with their export score and the firm's past participations. */
    Flux<AllocationPlan.Candidate> candidates(UUID delegationId, java.util.Map<UUID, String> tiers) {
        return db.sql("select a.id, a.firm_id, a.area_m2, a.travellers, a.submitted_at, "
                        + "coalesce(a.export_score, 0) as export_score, (select count(*) from delegation_application p "
                        + "join delegation pd on pd.id = p.delegation_id where p.firm_id = a.firm_id "
                        + "and pd.status = 'DONE' and takes_part(p.status)) as past "
                        + "from delegation_application a where a.delegation_id = :delegation and a.status = 'SUBMITTED'")
                .bind("delegation", delegationId)
                .map(row -> new AllocationPlan.Candidate(row.get("id", UUID.class), row.get("firm_id", UUID.class),
                        tiers.getOrDefault(row.get("firm_id", UUID.class), "STANDARD"),
                        new Capacity(1, row.get("area_m2", BigDecimal.class), row.get("travellers", Integer.class)),
                        row.get("submitted_at", OffsetDateTime.class).toInstant(),
                        row.get("export_score", Short.class).intValue(),
                        row.get("past", Long.class).intValue()))
                .all();
    }

    /** Firm ids of a delegation's applications, with whether each currently holds capacity. */
    Flux<java.util.Map.Entry<UUID, Boolean>> firmsOf(UUID delegationId) {
        return db.sql("select firm_id, holds_capacity from delegation_application where delegation_id = :delegation")
                .bind("delegation", delegationId)
                .map(row -> java.util.Map.entry(row.get("firm_id", UUID.class),
                        Boolean.TRUE.equals(row.get("holds_capacity", Boolean.class))))
                .all();
    }
}
