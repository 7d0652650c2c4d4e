package org.exportalliance.portal.platform.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The drain on its own (LoadBalancerFailoverEndToEndTest shows it behind HAProxy): it says "not ready", waits, and
 * does so before the web server's graceful shutdown; with no drain set it does nothing.
 */
class ShutdownDrainTest {

    private GenericApplicationContext context;

    @BeforeEach
    void start() {
        context = new GenericApplicationContext();
        context.registerBean(ApplicationAvailabilityBean.class);
        context.refresh();
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void a_drain_turns_readiness_down_and_waits_before_the_web_server_stops() {
        ShutdownDrain drain = new ShutdownDrain(context, Duration.ofMillis(300));
        drain.start();
        long began = System.nanoTime();
        drain.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                .isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(drain.isRunning()).isFalse();
        assertThat(drain.getPhase()).as("lifecycles stop from the highest phase down")
                .isGreaterThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE);
    }

    @Test
    void no_drain_stops_at_once_and_leaves_readiness_to_spring_boot() {
        ShutdownDrain drain = new ShutdownDrain(context, Duration.ZERO);
        drain.start();
        long began = System.nanoTime();
        drain.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(200));
        assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }
}
