package org.exportalliance.portal.support;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import reactor.blockhound.BlockHound;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * BlockHound, installed once per test JVM by {@link BlockHoundEverywhere} before any portal starts, with the only
 * allowances the portal needs. Start-up runs on the main thread, which BlockHound does not watch.
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
                    .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                    // Jackson builds a type's (de)serializer once, under a short lock, then caches it.
                    .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
                            "_createAndCacheValueDeserializer")
                    // Netty's adaptive buffer allocator grows its magazine array under a short lock when threads
                    // collide on it (large R2DBC bind messages of a lead import from several connections); Netty's
                    // own BlockHound integration allows its other allocator locks but not this one yet.
                    .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
                            "tryExpandMagazines")
                    // An API answer that completes on the database driver's thread hands the socket back to Tomcat's
                    // executor, whose task queue takes its put lock for the length of an enqueue; two threads at
                    // once make one park for that long (seen once, in DatabaseRestartTest, on a loaded machine).
                    .allowBlockingCallsInside("org.apache.tomcat.util.threads.TaskQueue", "offer"));
        }
    }

    /** Runs the call on a reactive (non-blocking) thread, where BlockHound is watching. */
    public static <T> Mono<T> onReactiveThread(Supplier<Mono<T>> call) {
        return Mono.defer(call).subscribeOn(Schedulers.parallel());
    }
}
