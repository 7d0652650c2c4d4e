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

    /** Forgets the reminders sent for an item (its due date moved: the new deadline gets its own reminder). */
    Mono<Long> clearReminders(UUID itemId) {
        return db.sql("delete from checklist_reminder where item_id = :id").bind("id", itemId).fetch().rowsUpdated();
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

    // --- reminders -----------------------------------------------------------------------------------------------

    /**
     * Records a reminder for up to {@code batch} overdue (item, firm) pairs that have none yet, and returns those it
     * recorded. The primary key makes this safe against any concurrent run: a pair another run recorded first is
     * skipped ({@code on conflict do nothing}) and not returned, so its reminder is sent by that run only.
     */
    Flux<Due> recordReminders(LocalDate today, Instant now, int batch) {
        return db.sql("""
                        insert into checklist_reminder (item_id, firm_id, reminded_at)
                        select i.id, p.firm_id, :now
                        from checklist_item i
                        join delegation d on d.id = i.delegation_id
                        join checklist_participant p on p.delegation_id = i.delegation_id
                        where i.due_date < :today
                          and d.status not in ('CANCELLED', 'DONE')
                          and not exists (select 1 from checklist_completion c
                                          where c.item_id = i.id and c.firm_id = p.firm_id)
                          and not exists (select 1 from checklist_reminder r
                                          where r.item_id = i.id and r.firm_id = p.firm_id)
                        order by i.due_date, i.id, p.firm_id
                        limit :batch
                        on conflict do nothing
                        returning item_id, firm_id""")
                .bind("now", utc(now)).bind("today", today).bind("batch", batch)
                .map(row -> new Due(row.get("item_id", UUID.class), row.get("firm_id", UUID.class)))
                .all();
    }

    /** Queues the e-mail part of a reminder for one recipient. */
    Mono<Void> queueMail(Due due, UUID userId, Instant now) {
        return db.sql("insert into checklist_reminder_mail (item_id, firm_id, user_id, created_at) "
                        + "values (:item, :firm, :user, :now) on conflict do nothing")
                .bind("item", due.itemId()).bind("firm", due.firmId()).bind("user", userId).bind("now", utc(now))
                .then();
    }

    /**
     * Claims up to {@code batch} unsent e-mails (not claimed by another sender, or whose claim lapsed) until
     * {@code until}, counting the attempt. Rows being claimed concurrently are skipped, and a claimed row is invisible
     * to other senders until its claim lapses, so no two senders send the same e-mail. E-mails whose item the firm has
     * done meanwhile stay unsent.
     */
    Flux<Mail> claimMails(Instant now, Instant until, int maxAttempts, int batch) {
        return db.sql("""
                        update checklist_reminder_mail m
                        set claimed_until = :until, attempts = m.attempts + 1
                        from (select q.item_id, q.firm_id, q.user_id from checklist_reminder_mail q
                              where q.sent_at is null and q.attempts < :max
                                and (q.claimed_until is null or q.claimed_until < :now)
                                and not exists (select 1 from checklist_completion c
                                                where c.item_id = q.item_id and c.firm_id = q.firm_id)
                              order by q.created_at, q.item_id, q.firm_id, q.user_id
                              limit :batch
                              for update skip locked) due
                        where m.item_id = due.item_id and m.firm_id = due.firm_id and m.user_id = due.user_id
                        returning m.item_id, m.firm_id, m.user_id, m.attempts""")
                .bind("until", utc(until)).bind("max", maxAttempts).bind("now", utc(now)).bind("batch", batch)
                .map(row -> new Mail(new Due(row.get("item_id", UUID.class), row.get("firm_id", UUID.class)),
                        row.get("user_id", UUID.class), row.get("attempts", Integer.class)))
                .all();
    }

    Mono<Void> mailSent(Mail mail, Instant now) {
        return db.sql("update checklist_reminder_mail set sent_at = :now, claimed_until = null "
                        + "where item_id = :item and firm_id = :firm and user_id = :user and sent_at is null")
                .bind("now", utc(now)).bind("item", mail.due().itemId()).bind("firm", mail.due().firmId())
                .bind("user", mail.userId())
                .then();
    }

    /** Gives a claimed e-mail back after a failed send, so that the next run tries again. */
    Mono<Void> mailFailed(Mail mail) {
        return db.sql("update checklist_reminder_mail set claimed_until = null "
                        + "where item_id = :item and firm_id = :firm and user_id = :user and sent_at is null")
                .bind("item", mail.due().itemId()).bind("firm", mail.due().firmId()).bind("user", mail.userId())
                .then();
    }

    /** Gives a claimed e-mail back untried (the run stopped sending): the attempt does not count. */
    Mono<Void> giveBack(Mail mail) {
        return db.sql("update checklist_reminder_mail set claimed_until = null, attempts = attempts - 1 "
                        + "where item_id = :item and firm_id = :firm and user_id = :user and sent_at is null")
                .bind("item", mail.due().itemId()).bind("firm", mail.due().firmId()).bind("user", mail.userId())
                .then();
    }

    // --- rows ------------------------------------------------------------------------------------------------

    /** One item with one firm's progress on it. */
    record Progress(ChecklistItem item, UUID firmId, @Nullable Instant doneAt, @Nullable UUID doneBy) {}

    record Done(UUID itemId, UUID firmId, Instant doneAt) {}

    /** An overdue (item, firm) pair. */
    record Due(UUID itemId, UUID firmId) {}

    /** The e-mail part of a reminder to one user, and how many times it has been tried (this time included). */
    record Mail(Due due, UUID userId, int attempt) {}

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
