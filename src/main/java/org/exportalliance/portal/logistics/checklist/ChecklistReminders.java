package org.exportalliance.portal.logistics.checklist;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.db.AdvisoryLocks;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds firms of overdue checklist items, once per (item, firm): in the app (every user of the firm, through the
 * notification centre) and, when e-mail is on, by e-mail to each user of the firm with an address, in the user's
 * language.
 *
 * <p>Each run has two steps. First, inside a transaction that holds {@code pg_try_advisory_xact_lock} (one instance
 * acts, the others skip), it records a reminder row per newly overdue (item, firm) (a primary key, inserted with
 * {@code on conflict do nothing … returning}, so a pair is reminded once even if the lock were bypassed), sends the
 * in-app notifications in the same transaction, and queues one e-mail row per recipient. Second, outside that
 * transaction, it sends the queued e-mails: each is claimed first (so two instances never send the same one), marked
 * sent only after the SMTP server accepted it, and otherwise given back and tried again on the next run, up to
 * {@link #MAX_ATTEMPTS} times. A failed send is logged with the user id only; after a few failures the run stops
 * sending until the next one.
 */
@Component
public class ChecklistReminders {

    private static final Logger log = LoggerFactory.getLogger(ChecklistReminders.class);
    static final long LOCK = 7_209_001L;
    static final int BATCH = 200;
    static final int MAIL_BATCH = 10;
    static final int MAIL_BATCHES = 20;
    static final int FAILURES_PER_RUN = 3;
    static final int MAX_ATTEMPTS = 10;
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final String NOTIFICATION_KEY = "notify.checklist.overdue";
    static final String MAIL_KEY = "mail.checklist.overdue";

    private final ChecklistRepository checklist;
    private final ReminderRepository reminders;
    private final DelegationService delegations;
    private final NotificationService notifications;
    private final EmailSender email;
    private final AccountService accounts;
    private final AuditService audit;
    private final AdvisoryLocks locks;
    private final TransactionalOperator tx;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    ChecklistReminders(ChecklistRepository checklist, ReminderRepository reminders, DelegationService delegations,
            NotificationService notifications, EmailSender email, AccountService accounts, AuditService audit,
            AdvisoryLocks locks, TransactionalOperator tx, MeterRegistry meters, Clock clock) {
        this.checklist = checklist;
        this.reminders = reminders;
        this.delegations = delegations;
        this.notifications = notifications;
        this.email = email;
        this.accounts = accounts;
        this.audit = audit;
        this.locks = locks;
        this.tx = tx;
        this.meters = meters;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(boolean acted, int reminded, int emailed, int failed) {}

    /**
     * Starts a run unless this instance's previous one is still sending, and returns at once: the scheduler thread is
     * shared with other jobs (offer expiry), which a slow SMTP server must not hold up.
     */
    @Scheduled(fixedDelayString = "${portal.checklist.reminder-check:PT5M}",
            initialDelayString = "${portal.checklist.reminder-initial-delay:PT30S}")
    void onSchedule() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        run().doFinally(signal -> running.set(false)).subscribe(run -> {
            if (run.reminded() > 0 || run.emailed() > 0 || run.failed() > 0) {
                log.info("Checklist reminders: {} overdue items reminded, {} e-mails sent, {} e-mails failed",
                        run.reminded(), run.emailed(), run.failed());
            }
        }, error -> log.warn("Checklist reminder run failed: {}", error.toString()));
    }

    /** One run: reminds newly overdue (item, firm) pairs, then sends the e-mails that are due. */
    public Mono<Run> run() {
        return remind().flatMap(reminded -> sendMails()
                .map(sent -> new Run(reminded >= 0, Math.max(reminded, 0), sent[0], sent[1])));
    }

    /** How many (item, firm) pairs were reminded, or -1 when another instance holds the lock. */
    Mono<Integer> remind() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Mono<Integer> guarded = locks.tryTake(LOCK)
                .flatMap(acquired -> acquired
                        // Read the recorded pairs to the end before telling: the transaction has one connection,
                        // and a query issued while another's rows are still streaming would wait for it forever.
                        ? reminders.recordReminders(today, now, BATCH).collectList()
                                .flatMap(due -> Flux.fromIterable(due).concatMap(pair -> tell(pair, now)).then()
                                        .thenReturn(due.size()))
                        : Mono.just(-1));
        return tx.transactional(guarded)
                .doOnNext(n -> meters.counter("portal.checklist.reminder.runs", "outcome", n < 0 ? "skipped" : "acted")
                        .increment());
    }

    /** The in-app notification to the firm, and its e-mails queued (when e-mail is on), in the reminder's transaction. */
    private Mono<Void> tell(ReminderRepository.Due due, Instant now) {
        return checklist.find(due.itemId())
                .flatMap(item -> delegations.find(item.delegationId())
                        .flatMap(d -> notifications.notifyFirm(due.firmId(), NOTIFICATION_KEY,
                                List.of(item.titleZh(), item.titleEn(), item.dueDate().toString(), d.titleZh(),
                                        d.titleEn()),
                                "delegation/" + d.id())))
                .then(email.enabled() ? queueMails(due, now) : Mono.empty())
                .then(audit.record(null, "checklist.reminded", ChecklistService.AUDIT_SUBJECT, due.itemId(),
                        due.firmId().toString()))
                .doOnSuccess(done -> meters.counter("portal.checklist.reminders", "channel", "in-app").increment());
    }

    private Mono<Void> queueMails(ReminderRepository.Due due, Instant now) {
        return accounts.recipientsOf(due.firmId()).collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(accounts::findById)
                .filter(user -> user.email() != null)
                .concatMap(user -> reminders.queueMail(due, user.id(), now))
                .then();
    }

    /**
     * Sends the due e-mails one after the other, claiming {@link #MAIL_BATCH} at a time (a batch is sent well within
     * its {@link #CLAIM}), at most {@link #MAIL_BATCHES} batches per run. After {@link #FAILURES_PER_RUN} failures the
     * run stops sending (the SMTP server is likely down): the rest of the batch is given back untried. {sent, failed}.
     */
    Mono<int[]> sendMails() {
        if (!email.enabled()) {
            return Mono.just(new int[] {0, 0});
        }
        return sendBatches(new int[] {0, 0}, MAIL_BATCHES);
    }

    private Mono<int[]> sendBatches(int[] counts, int batchesLeft) {
        if (batchesLeft == 0 || counts[1] >= FAILURES_PER_RUN) {
            return Mono.just(counts);
        }
        Instant now = clock.instant();
        // The claiming UPDATE must finish (and commit) before sending: marking a row sent waits for its lock.
        return reminders.claimMails(now, now.plus(CLAIM), MAX_ATTEMPTS, MAIL_BATCH).collectList()
                .flatMap(batch -> batch.isEmpty() ? Mono.just(counts) : Flux.fromIterable(batch)
                        .concatMap(mail -> counts[1] >= FAILURES_PER_RUN
                                ? reminders.giveBack(mail).then(Mono.<Boolean>empty())
                                : sendOne(mail))
                        .doOnNext(sent -> counts[sent ? 0 : 1]++)
                        .then(Mono.defer(() -> sendBatches(counts, batchesLeft - 1))));
    }

    private Mono<Boolean> sendOne(ReminderRepository.Mail mail) {
        return Mono.zip(checklist.find(mail.due().itemId()), accounts.findById(mail.userId()))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("item or user gone")))
                .flatMap(t -> delegations.find(t.getT1().delegationId())
                        .flatMap(d -> {
                            UserAccount user = t.getT2();
                            if (user.email() == null) {
                                return Mono.error(new IllegalStateException("no e-mail address"));
                            }
                            Locale locale = PortalLocales.fromTag(user.locale());
                            return email.send(user.email(), locale, MAIL_KEY, List.of(t.getT1().title(locale),
                                    user.displayName(), d.title(locale), date(t.getT1().dueDate(), locale)));
                        }))
                .then(Mono.defer(() -> reminders.mailSent(mail, clock.instant())))
                .doOnSuccess(done -> meters.counter("portal.checklist.reminders", "channel", "e-mail").increment())
                .thenReturn(true)
                .onErrorResume(e -> {
                    log.warn("Checklist reminder e-mail to user {} failed (attempt {} of {}{}): {}{}", mail.userId(),
                            mail.attempt(), MAX_ATTEMPTS, mail.attempt() >= MAX_ATTEMPTS ? ", giving up" : "",
                            e.getClass().getSimpleName(),
                            e.getCause() == null ? "" : " caused by " + rootCause(e).getClass().getSimpleName());
                    meters.counter("portal.checklist.reminder.mail.failures").increment();
                    return reminders.mailFailed(mail).thenReturn(false);
                });
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
