package org.exportalliance.portal.delegation.ledger;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for a delegation's cost items ({@code cost_item}). */
@Repository
class LedgerRepository {

    private static final String COLUMNS = "id, delegation_id, kind, description, amount_cny, split_rule, created_at";

    private final DatabaseClient db;

    LedgerRepository(DatabaseClient db) {
        this.db = db;
    }

    /** {@code draft} is valid. */
    Mono<CostItem> insert(UUID delegationId, CostItemDraft draft, UUID by, OffsetDateTime now) {
        return db.sql("insert into cost_item (id, delegation_id, kind, description, amount_cny, "
                        + "split_rule, created_by, created_at) values (:id, :d, :kind, :description, :amount, "
                        + ":rule, :by, :now) returning " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("d", delegationId).bind("kind", draft.kind().name())
                .bind("description", draft.description().strip()).bind("amount", draft.amountCny())
                .bind("rule", draft.rule().name()).bind("by", by)
                .bind("now", now)
                .map(LedgerRepository::read).one();
    }

    Flux<CostItem> items(UUID delegationId) {
        return db.sql("select " + COLUMNS + " from cost_item where delegation_id = :d order by created_at, id")
                .bind("d", delegationId).map(LedgerRepository::read).all();
    }

    private static CostItem read(Readable row) {
        return new CostItem(row.get("id", UUID.class), row.get("delegation_id", UUID.class),
                CostKind.valueOf(row.get("kind", String.class)), row.get("description", String.class),
                row.get("amount_cny", BigDecimal.class), SplitRule.valueOf(row.get("split_rule", String.class)),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }
}
