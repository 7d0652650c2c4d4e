package org.exportalliance.portal.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.outbox.NoticeOutbox;
import org.exportalliance.portal.notification.webhook.WebhookEvent;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The in-app notification centre. Features tell a firm (all its people) something inside their own transaction; each
 * recipient gets a row and a live event carrying only their user id, so open sessions update their badge.
 * People read only their own notifications. The same notice is queued, in the same transaction, for the e-mail and
 * robot channels those people and the firm chose ({@link NoticeOutbox}); sending is a job's, never the caller's.
 */
@Service
public class NotificationService {

    public static final String TOPIC = "notification";

    private final NotificationRepository notifications;
    private final AccountService accounts;
    private final LiveEvents live;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, AccountService accounts, LiveEvents live,
            Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.live = live;
        this.clock = clock;
    }

    /** Tells every enabled user of {@code firmId}; {@code link} is a view path such as "delegation/…". */
    public Mono<Void> notifyFirm(UUID firmId, String messageKey, List<String> args, @Nullable String link) {
        return recipientsOf(firmId).flatMap(firm -> notifyFirm(firm, messageKey, args, link, null));
    }

    /**
     * Whom {@link #notifyFirm} tells, read ahead: a caller that tells the firm under a row lock reads them before
     * taking it, so the lock is held for one statement less.
     */
    public Mono<FirmRecipients> recipientsOf(UUID firmId) {
        return accounts.recipientsOf(firmId).collectList().map(users -> new FirmRecipients(firmId, users));
    }

    /**
     * As {@link #notifyFirm(UUID, String, List, String)}, to recipients read ahead by {@link #recipientsOf}, and
     * queues {@code hook} (if any) for the webhook endpoints in the same statement: a change that tells the firm both
     * ways makes one round trip, not two.
     */
    public Mono<Void> notifyFirm(FirmRecipients firm, String messageKey, List<String> args, @Nullable String link,
            @Nullable WebhookEvent hook) {
        return notifications.insertAndQueue(firm.users(), firm.firmId(), messageKey, args, link,
                OffsetDateTime.now(clock), hook);
    }

    /** Tells each of {@code userIds} (a unit's members, its lead); {@code link} as for {@link #notifyFirm}. */
    public Mono<Void> notifyUsers(Collection<UUID> userIds, String messageKey, List<String> args,
            @Nullable String link) {
        return notifications.insertAndQueue(Set.copyOf(userIds), null, messageKey, args, link,
                OffsetDateTime.now(clock), null);
    }

    /** The actor's latest notifications, newest first. */
    public Flux<Notification> recent(Actor actor, int limit) {
        return notifications.recent(actor.userId(), Math.min(limit, 200));
    }

    public Mono<Long> unreadCount(Actor actor) {
        return notifications.unreadCount(actor.userId());
    }

    public Mono<Long> markAllRead(Actor actor) {
        return notifications.markAllRead(actor.userId(), OffsetDateTime.now(clock))
                .flatMap(n -> live.publish(TOPIC, actor.userId()).thenReturn(n));
    }

    /** Live signals for one person: their own notifications changed (or a resync). */
    public Flux<LiveEvent> changesFor(Actor actor) {
        String me = actor.userId().toString();
        return live.stream(TOPIC).filter(e -> e.isResync() || me.equals(e.id()));
    }
}
