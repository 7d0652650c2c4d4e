package org.exportalliance.portal.platform;

import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Work that must not run on an event loop: blocking calls on Reactor's bounded elastic workers, CPU-heavy ones on
 * its parallel workers. Either way the result is handed on to another task, and nothing downstream runs in the task
 * that did the work. The hand-over goes to a bounded elastic worker: the two parallel threads of a two-core machine
 * also drive every timer, and what follows an offload may be long (a PDF streamed, a commit).
 *
 * <p>Why the hand-over (issue 13): {@code Mono.fromCallable(work).subscribeOn(scheduler)} delivers a failure that
 * comes at once (a file refused in microseconds) on the worker, while the subscribing thread may still be inside
 * {@code schedule}. When {@code schedule} returns, Reactor disposes the task it now finds cancelled, and disposing a
 * task from another thread interrupts the thread running it. That thread was writing the HTTP answer downstream;
 * Tomcat refuses to write on an interrupted thread and closed the connection without an answer (1–7 % of refused
 * lead imports). Handed over, the task only enqueues the result, so an interruption can reach nothing that matters
 * (a thread pool clears it before the thread's next task). The architecture test keeps {@code subscribeOn} to this
 * class.
 */
public final class Workers {

    private Workers() {}

    /** Blocking work (files, mail, entropy) on a bounded elastic worker. */
    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic()).publishOn(Schedulers.boundedElastic());
    }

    /** Blocking work without a result on a bounded elastic worker. */
    public static Mono<Void> run(Runnable work) {
        return Mono.fromRunnable(work).subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.boundedElastic()).then();
    }

    /** CPU-heavy work that never blocks, off the event loops, on a parallel worker. */
    public static <T> Mono<T> compute(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.parallel()).publishOn(Schedulers.boundedElastic());
    }
}
