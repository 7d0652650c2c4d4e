package org.exportalliance.portal.notification.outbox;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Queues a notice for the channels its receivers chose, in the caller's transaction: one insert, whatever the robots
 * are doing. {@link OutboxSender} sends it later.
 */
@Component
public class NoticeOutbox {

    private final OutboxRepository outbox;
    private final Clock clock;

    NoticeOutbox(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** For each channel of {@code users}, and of {@code firm} when given. */
    public Mono<Void> enqueue(Collection<UUID> users, @Nullable UUID firm, String messageKey, List<String> args,
            @Nullable String link) {
        return outbox.enqueue(users, firm, messageKey, args, link, clock.instant()).then();
    }
}
