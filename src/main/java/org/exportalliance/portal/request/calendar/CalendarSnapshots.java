package org.exportalliance.portal.request.calendar;

import java.util.concurrent.atomic.AtomicReference;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * This instance's copy of the working calendar, read once and kept until a day changes. A change on any instance
 * announces the calendar's live event on commit; every instance drops its copy when it arrives (and on a resync, when
 * events may have been lost), and the instance that made the change drops it as soon as it committed. A read that
 * started before a drop never stores what it read: each drop starts a new generation, and only a read of the current
 * generation is kept.
 */
@Component
class CalendarSnapshots {

    /** What is kept: the generation, and the calendar read in it (none yet). */
    private record Kept(long generation, @Nullable WorkingCalendar calendar) {}

    private final WorkingCalendarRepository days;
    private final AtomicReference<Kept> kept = new AtomicReference<>(new Kept(0, null));
    private final Disposable listening;

    CalendarSnapshots(WorkingCalendarRepository days, LiveEvents live) {
        this.days = days;
        this.listening = live.stream(WorkingCalendarService.TOPIC).subscribe(event -> drop());
    }

    /** The calendar as kept, or read now (and kept, unless it was dropped meanwhile). */
    Mono<WorkingCalendar> current() {
        return Mono.defer(() -> {
            Kept now = kept.get();
            if (now.calendar() != null) {
                return Mono.just(now.calendar());
            }
            return days.all().collectList().map(WorkingCalendar::of)
                    .doOnNext(read -> kept.compareAndSet(now, new Kept(now.generation(), read)));
        });
    }

    /** Forgets the kept calendar; the next read goes to the database. */
    void drop() {
        kept.updateAndGet(k -> new Kept(k.generation() + 1, null));
    }

    /** Whether a calendar is kept (for tests of the cache). */
    boolean holdsOne() {
        return kept.get().calendar() != null;
    }

    @EventListener(ContextClosedEvent.class)
    void stopListening() {
        listening.dispose();
    }
}
