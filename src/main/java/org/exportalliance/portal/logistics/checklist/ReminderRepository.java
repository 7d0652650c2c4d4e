package org.exportalliance.portal.logistics.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for the overdue reminders: one {@code checklist_reminder} row per (item, firm), ever, and the queue of their
 * e-mails ({@code checklist_reminder_mail}), which senders on any instance claim without sending one twice.
 */
@Repository
class ReminderRepository {

    private final DatabaseClient db;

    ReminderRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Forgets the reminders sent for an item (its due date moved: the new deadline gets its own reminder). */
    Mono<Long> clearReminders(UUID itemId) {
        return db.sql("delete from checklist_reminder where item_id = :id").bind("id", itemId).fetch().rowsUpdated();
    }

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

    /** An overdue (item, firm) pair. */
    record Due(UUID itemId, UUID firmId) {}

    /** The e-mail part of a reminder to one user, and how many times it has been tried (this time included). */
    record Mail(Due due, UUID userId, int attempt) {}

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
