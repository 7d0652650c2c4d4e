package org.exportalliance.portal.notification.webhook.allowlist;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.exportalliance.portal.notification.webhook.HostPattern;
import org.exportalliance.portal.notification.webhook.StaffAllowList;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * This instance's copy of the allow-list, which the guard reads on every check (at registration, and in the
 * sender's resolver when it connects, on an event loop): read once and kept until the list changes. A change on any
 * instance announces the list's live event on commit and every instance drops its copy when it arrives (or on a
 * resync, when events may have been lost); the instance that made the change drops it as soon as it committed. A
 * read that started before a drop never stores what it read: each drop starts a new generation, and only a read of
 * the current generation is kept (the working calendar's {@code CalendarSnapshots} does the same).
 *
 * <p>Live events rather than a time to live: a removed entry must stop passing at the next send on every instance,
 * not minutes later, and the list changes rarely, so almost every check is answered from memory.
 */
@Component
class AllowedHostSnapshots implements StaffAllowList {

    private record Kept(long generation, @Nullable List<HostPattern> patterns) {}

    private final AllowedHostRepository hosts;
    private final AtomicReference<Kept> kept = new AtomicReference<>(new Kept(0, null));
    private final Disposable listening;

    AllowedHostSnapshots(AllowedHostRepository hosts, LiveEvents live) {
        this.hosts = hosts;
        this.listening = live.stream(AllowedHosts.TOPIC).subscribe(event -> drop());
    }

    @Override
    public Mono<List<HostPattern>> current() {
        return Mono.defer(() -> {
            Kept now = kept.get();
            if (now.patterns() != null) {
                return Mono.just(now.patterns());
            }
            return hosts.all()
                    .flatMapIterable(h -> HostPattern.parse(h.entry()).stream().toList())
                    .collectList()
                    .doOnNext(read -> kept.compareAndSet(now, new Kept(now.generation(), List.copyOf(read))));
        });
    }

    void drop() {
        kept.updateAndGet(k -> new Kept(k.generation() + 1, null));
    }

    /** Whether a list is kept (for tests of the cache). */
    boolean holdsOne() {
        return kept.get().patterns() != null;
    }

    @EventListener(ContextClosedEvent.class)
    void stopListening() {
        listening.dispose();
    }
}
