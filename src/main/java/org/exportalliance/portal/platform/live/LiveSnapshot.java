package org.exportalliance.portal.platform.live;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * This instance's copy of something read often and changed rarely (the working calendar, the webhook allow-list),
 * read once and kept until it changes. A change on any instance announces the topic's live event on commit; every
 * instance drops its copy when it arrives (and on a resync, when events may have been lost). The instance that made
 * the change has dropped it already, as the change committed ({@link LiveEvents#publish}), so the change's own next
 * read sees it; its users drop nothing themselves. A read that started before a drop never stores what it read: each
 * drop starts a new generation, and only a read of the current generation is kept.
 *
 * <p>Live events rather than a time to live: a change must reach the next read on every instance, not minutes later.
 */
public abstract class LiveSnapshot<T> {

    private record Kept<T>(long generation, @Nullable T value) {}

    private final AtomicReference<Kept<T>> kept = new AtomicReference<>(new Kept<>(0, null));

    protected LiveSnapshot(LiveEvents live, String topic) {
        live.onArrival(topic, this::drop);
    }

    /** Reads the value from the database. */
    protected abstract Mono<T> read();

    /** The value as kept, or read now (and kept, unless it was dropped meanwhile). */
    public Mono<T> current() {
        return Mono.defer(() -> {
            Kept<T> now = kept.get();
            T value = now.value();
            if (value != null) {
                return Mono.just(value);
            }
            return read().doOnNext(fresh -> kept.compareAndSet(now, new Kept<>(now.generation(), fresh)));
        });
    }

    /** Forgets the kept value; the next read goes to the database. */
    private void drop() {
        kept.updateAndGet(k -> new Kept<>(k.generation() + 1, null));
    }

    /** Whether a value is kept (for tests of the cache). */
    public boolean holdsOne() {
        return kept.get().value() != null;
    }
}
