package org.exportalliance.portal.platform.live;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import reactor.core.publisher.Mono;

/**
 * This instance's answers to questions asked often about something changed rarely (the fair catalogue's pages), kept
 * per question until the topic's next live event. Like {@link LiveSnapshot}, a change on any instance drops them all
 * as its event arrives, before any view hears of it, so a view re-reading because of the event never gets an answer
 * read before the change; the instance that made the change drops them as it commits ({@link LiveEvents#publish}),
 * so the change's own next read sees it without waiting for the event.
 *
 * <p>Everybody asking the same question meanwhile shares one read: when an event makes every open catalogue re-read,
 * the instance queries once, not once per session. A failed read is not kept. The answers kept weigh at most
 * {@code maxWeight}, each what {@code weigher} says (an upper bound, such as a page's row limit, since it is weighed
 * before it is read); once that is reached, further questions are read each time until the next change, so many
 * different questions cost memory in proportion, not without end.
 *
 * <p>Nothing here waits for a lock: a drop replaces the whole set of answers, so it can run on the listener's event
 * loop and on reactive threads.
 */
public final class LiveCache<K, V> {

    /** The answers kept since the last drop, and what they weigh. */
    private record Kept<K, V>(ConcurrentHashMap<K, Mono<V>> answers, AtomicLong weight) {

        Kept() {
            this(new ConcurrentHashMap<>(), new AtomicLong());
        }
    }

    private final AtomicReference<Kept<K, V>> kept = new AtomicReference<>(new Kept<>());
    private final long maxWeight;
    private final ToIntFunction<K> weigher;
    private final Function<K, Mono<V>> read;

    public LiveCache(LiveEvents live, String topic, long maxWeight, ToIntFunction<K> weigher,
            Function<K, Mono<V>> read) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.read = read;
        live.onArrival(topic, this::dropAll);
    }

    /** The answer as kept, or read now and shared with everybody who asks the same before it arrives. */
    public Mono<V> get(K key) {
        return Mono.defer(() -> {
            Kept<K, V> now = kept.get();
            Mono<V> answer = now.answers().get(key);
            if (answer != null) {
                return answer;
            }
            int weight = weigher.applyAsInt(key);
            if (now.weight().get() + weight > maxWeight) {
                return read.apply(key);
            }
            // The entry exists before the read starts: a drop after this discards it, so nobody joins a read that
            // may predate the change.
            return now.answers().computeIfAbsent(key, k -> {
                now.weight().addAndGet(weight);
                return shared(now, k, weight);
            });
        });
    }

    /** Forgets every answer; the next question goes to the database. */
    private void dropAll() {
        kept.set(new Kept<>());
    }

    /** How many answers are kept or being read (for tests of the cache). */
    public int size() {
        return kept.get().answers().size();
    }

    private Mono<V> shared(Kept<K, V> in, K key, int weight) {
        AtomicReference<Mono<V>> self = new AtomicReference<>();
        self.set(read.apply(key)
                .doOnError(error -> {
                    if (in.answers().remove(key, self.get())) {
                        in.weight().addAndGet(-weight);
                    }
                })
                .cache());
        return self.get();
    }
}
