package org.exportalliance.portal.support;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import reactor.blockhound.BlockHound;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * BlockHound for the tests tagged "blockhound" (their own Surefire JVM): installed once, with the same two
 * allowances whichever test class comes first, after the portal has started (start-up may block).
 */
public final class ReactiveGuard {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private ReactiveGuard() {}

    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            BlockHound.install(builder -> builder
                    // The JDK's UUID source reads the kernel's entropy pool once per call: not a wait on I/O.
                    .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                    // Synchronous console logging; the production log pattern is the same.
                    .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes"));
        }
    }

    /** Runs the call on a reactive (non-blocking) thread, where BlockHound is watching. */
    public static <T> Mono<T> onReactiveThread(Supplier<Mono<T>> call) {
        return Mono.defer(call).subscribeOn(Schedulers.parallel());
    }
}
