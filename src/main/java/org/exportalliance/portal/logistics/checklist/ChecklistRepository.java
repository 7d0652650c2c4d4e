package org.exportalliance.portal.logistics.checklist;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for checklists. A firm's checklist is the template crossed with the firms that take part
 * ({@code checklist_participant}: approved or accepted applications); every query about a firm's progress binds the
 * firm id, and joins the participants, so a firm that does not take part has nothing to read or tick.
 */
@Repository
class ChecklistRepository {

    private static final String ITEM = "i.id, i.delegation_id, i.title_zh, i.title_en, i.description, i.due_date, "
            + "i.position, i.version";

    private final DatabaseClient db;

    ChecklistRepository(DatabaseClient db) {
        this.db = db;
    }

    // --- the template ------------------------------------------------------------------------------------------

    /** A new item; without a position it goes after the last one. */
    Mono<ChecklistItem> insert(UUID id, UUID delegationId, ChecklistItemDraft d, UUID by, Instant now) {
        return db.sql("insert into checklist_item as i (id, delegation_id, title_zh, title_en, description, due_date, "
                        + "position, created_by, created_at, updated_at) values (:id, :d, :zh, :en, :description, :due, "
                        + "coalesce(:position, (select least(coalesce(max(position) + 1, 0), "
                        + ChecklistRules.MAX_POSITION + ") from checklist_item where delegation_id = :d)), :by, :now, "
                        + ":now) returning " + ITEM)
                .bind("id", id).bind("d", delegationId)
                .bind("zh", d.titleZh().strip()).bind("en", d.titleEn().strip())
                .bind("description", d.description() == null ? "" : d.description().strip())
                .bind("due", d.dueDate())
                .bind("position", Parameter.fromOrEmpty(d.position(), Integer.class))
                .bind("by", by).bind("now", utc(now))
                .map(ChecklistRepository::item).one();
    }

    /**
     * Replaces an item's fields (a missing position keeps the old one); empty when the item is gone or, with an
     * expected version, changed meanwhile.
     */
    Mono<ChecklistItem> update(UUID id, @Nullable Long expectedVersion, ChecklistItemDraft d, Instant now) {
        return db.sql("update checklist_item as i set title_zh = :zh, title_en = :en, description = :description, "
                        + "due_date = :due, position = coalesce(:position, position), version = version + 1, "
                        + "updated_at = :now where id = :id"
                        + (expectedVersion == null ? "" : " and version = :version") + " returning " + ITEM)
                .bind("zh", d.titleZh().strip()).bind("en", d.titleEn().strip())
                .bind("description", d.description() == null ? "" : d.description().strip())
                .bind("due", d.dueDate())
                .bind("position", Parameter.fromOrEmpty(d.position(), Integer.class))
                .bind("now", utc(now)).bind("id", id)
                .bindValues(expectedVersion == null ? java.util.Map.of() : java.util.Map.of("version", expectedVersion))
                .map(ChecklistRepository::item).one();
    }

    Mono<Boolean> delete(UUID id) {
        return db.sql("delete from checklist_item where id = :id").bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    Mono<ChecklistItem> find(UUID id) {
        return db.sql("select " + ITEM + " from checklist_item i where i.id = :id").bind("id", id)
                .map(ChecklistRepository::item).one();
    }

    Flux<ChecklistItem> items(UUID delegationId) {
        return db.sql("select " + ITEM + " from checklist_item i where i.delegation_id = :d order by i.position, i.id")
                .bind("d", delegationId)
                .map(ChecklistRepository::item).all();
    }

    // --- the firms' progress ---------------------------------------------------------------------------------------

    /** The firms taking part in the delegation (approved or accepted). */
    Flux<UUID> participants(UUID delegationId) {
        return db.sql("select firm_id from checklist_participant where delegation_id = :d order by firm_id")
                .bind("d", delegationId)
                .map(row -> row.get("firm_id", UUID.class)).all();
    }

    Mono<Boolean> participates(UUID delegationId, UUID firm) {
        return db.sql("select exists (select 1 from checklist_participant where delegation_id = :d and firm_id = :firm)")
                .bind("d", delegationId).bind("firm", firm)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    /** One firm's checklist: every item of the template with the firm's progress; empty if the firm is not in it. */
    Flux<Progress> checklistOf(UUID delegationId, UUID firm) {
        return db.sql("select " + ITEM + ", p.firm_id, c.done_at, c.done_by from checklist_item i "
                        + "join checklist_participant p on p.delegation_id = i.delegation_id and p.firm_id = :firm "
                        + "left join checklist_completion c on c.item_id = i.id and c.firm_id = :firm "
                        + "where i.delegation_id = :d order by i.position, i.id")
                .bind("d", delegationId).bind("firm", firm)
                .map(ChecklistRepository::progress).all();
    }

    /** One item as one firm's; empty if there is no such item or the firm does not take part in its delegation. */
    Mono<Progress> entry(UUID itemId, UUID firm) {
        return db.sql("select " + ITEM + ", p.firm_id, c.done_at, c.done_by from checklist_item i "
                        + "join checklist_participant p on p.delegation_id = i.delegation_id and p.firm_id = :firm "
                        + "left join checklist_completion c on c.item_id = i.id and c.firm_id = :firm "
                        + "where i.id = :item")
                .bind("item", itemId).bind("firm", firm)
                .map(ChecklistRepository::progress).one();
    }

    /** What every participating firm has done on the delegation's checklist (staff's matrix). */
    Flux<Done> completions(UUID delegationId) {
        return db.sql("select c.item_id, c.firm_id, c.done_at from checklist_completion c "
                        + "join checklist_item i on i.id = c.item_id "
                        + "join checklist_participant p on p.delegation_id = i.delegation_id and p.firm_id = c.firm_id "
                        + "where i.delegation_id = :d")
                .bind("d", delegationId)
                .map(row -> new Done(row.get("item_id", UUID.class), row.get("firm_id", UUID.class),
                        row.get("done_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    /** Ticks the item off for a participating firm; false when it was already done (or the firm is not in it). */
    Mono<Boolean> complete(UUID itemId, UUID firm, UUID by, Instant now) {
        return db.sql("insert into checklist_completion (item_id, firm_id, done_at, done_by) "
                        + "select i.id, p.firm_id, :now, :by from checklist_item i "
                        + "join checklist_participant p on p.delegation_id = i.delegation_id and p.firm_id = :firm "
                        + "where i.id = :item on conflict do nothing")
                .bind("now", utc(now)).bind("by", by).bind("firm", firm).bind("item", itemId)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Reopens a done item; false when it was not done. */
    Mono<Boolean> reopen(UUID itemId, UUID firm) {
        return db.sql("delete from checklist_completion where item_id = :item and firm_id = :firm")
                .bind("item", itemId).bind("firm", firm)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    // --- rows ------------------------------------------------------------------------------------------------

    /** One item with one firm's progress on it. */
    record Progress(ChecklistItem item, UUID firmId, @Nullable Instant doneAt, @Nullable UUID doneBy) {}

    record Done(UUID itemId, UUID firmId, Instant doneAt) {}

    private static ChecklistItem item(Readable row) {
        return new ChecklistItem(row.get("id", UUID.class), row.get("delegation_id", UUID.class),
                row.get("title_zh", String.class), row.get("title_en", String.class),
                row.get("description", String.class), row.get("due_date", LocalDate.class),
                row.get("position", Integer.class), row.get("version", Long.class));
    }

    private static Progress progress(Readable row) {
        OffsetDateTime doneAt = row.get("done_at", OffsetDateTime.class);
        return new Progress(item(row), row.get("firm_id", UUID.class), doneAt == null ? null : doneAt.toInstant(),
                row.get("done_by", UUID.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
