package org.exportalliance.portal.platform.shutdown;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown, keeps the web server serving for {@code portal.shutdown.drain} after readiness has turned to refusing
 * traffic, so that a load balancer polling the readiness probe takes this instance out before it stops accepting.
 *
 * <p>Spring Boot turns readiness to {@code REFUSING_TRAFFIC} as the context begins to close, and the web server's
 * graceful shutdown runs in the very next lifecycle phase: without a pause, new connections are refused before a
 * balancer's next health check has seen anything (HAProxy would retry them elsewhere, but a WebSocket or a
 * long-polling request would not be moved gently). This lifecycle stops one phase before the web server's and waits.
 *
 * <p>The default is no pause: on Kubernetes the pod's preStop hook already pauses before the application even hears
 * of the shutdown, and the endpoints drop the pod when it begins terminating, not when its probe fails. For a balancer
 * that only watches the probe (HAProxy, deploy/local), set it above the time the balancer needs to see two failed
 * checks. See docs/operations.md, section 7.
 */
@Component
final class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final Duration drain;
    private volatile boolean running;

    ShutdownDrain(ApplicationContext context, @Value("${portal.shutdown.drain:0s}") Duration drain) {
        this.context = context;
        this.drain = drain;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (drain.isNegative() || drain.isZero()) {
            return;
        }
        // Boot has already said so when the context closes; a stop without a close (a test, a refresh) must say it too.
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        log.info("Readiness is refusing traffic; serving on for {} while load balancers take this instance out", drain);
        try {
            Thread.sleep(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Lifecycles stop from the highest phase down: this one just before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
    }
}
