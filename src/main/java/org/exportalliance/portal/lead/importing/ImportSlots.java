package org.exportalliance.portal.lead.importing;

import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How many imports this instance checks or saves at once ({@code portal.lead.import.max-running}, default 4). A
 * running import holds its transaction's connection while it waits for the connections of its probes by name
 * ({@link ImportNameProbes}); without a limit, enough imports at once would hold every pooled connection and wait
 * for each other for ever. One more is refused at once ({@link ImportsBusy}), never queued.
 */
@Component
class ImportSlots {

    private final Semaphore slots;

    ImportSlots(@Value("${portal.lead.import.max-running:4}") int maxRunning) {
        this.slots = new Semaphore(Math.max(1, maxRunning));
    }

    /** The work in a slot, taken when it is subscribed and given back however it ends (also when cancelled). */
    <T> Flux<T> hold(Flux<T> work) {
        return Flux.defer(() -> slots.tryAcquire() ? work.doFinally(signal -> slots.release())
                : Flux.error(new ImportsBusy()));
    }

    <T> Mono<T> hold(Mono<T> work) {
        return hold(work.flux()).singleOrEmpty();
    }
}
