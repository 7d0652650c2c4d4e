package org.exportalliance.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.exportalliance.portal.account.session.SessionEnd;
import org.exportalliance.portal.account.session.UserSessions;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The signed-in sessions this instance holds, by their row in {@code user_session}. When told that sessions ended (a
 * live event, {@link UserSessions#TOPIC}), and every {@code portal.session.end-check} (2 s) in case a notification was
 * lost, it asks the database which sessions ended lately, on any instance, and closes the ones it holds: open pages are sent to the sign-in page over push at once, and the session is invalidated a
 * moment later (after the push went out). A session that times out or signs out here ends its row.
 */
@Component
public class SignedInSessions implements HttpSessionListener {

    static final String ROW = SignedInSessions.class.getName() + ".row";
    /** Ends are stamped when their transaction starts and seen once it commits: look back well past one poll. */
    static final int LOOK_BACK_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final UserSessions sessions;
    private final LiveEvents live;
    private final Duration every;
    private final Map<UUID, HttpSession> held = new ConcurrentHashMap<>();
    private volatile Disposable polling = () -> { };

    SignedInSessions(UserSessions sessions, LiveEvents live,
            @Value("${portal.session.end-check:PT2S}") Duration every) {
        this.sessions = sessions;
        this.live = live;
        this.every = every;
    }

    /** Opens the row of a session whose sign-in just completed, on the servlet thread of that request. */
    void opened(HttpSession session, UUID userId, String userAgent, String clientAddress) {
        UUID row = sessions.open(userId, userAgent, clientAddress).block(Duration.ofSeconds(10));
        if (row != null) {
            session.setAttribute(ROW, row);
            held.put(row, session);
        }
    }

    /** The row of the session of the current request, if its sign-in completed. */
    public static Optional<UUID> rowOf(HttpSession session) {
        try {
            return session.getAttribute(ROW) instanceof UUID id ? Optional.of(id) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** The row of the UI's own session (the one a person acts from), if its sign-in completed. */
    public static Optional<UUID> currentRow() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() instanceof com.vaadin.flow.server.WrappedHttpSession http) {
            return rowOf(http.getHttpSession());
        }
        return Optional.empty();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPolling() {
        // A live event (published where sessions are ended, delivered on commit) looks at once; the poll catches
        // anything a lost notification would miss.
        polling = Flux.merge(Flux.interval(every, every, Schedulers.parallel()),
                        live.stream(UserSessions.TOPIC).map(event -> 0L))
                .onBackpressureDrop()
                .concatMap(tick -> sessions.endedLately(LOOK_BACK_SECONDS).collectList()
                        .onErrorResume(e -> {
                            log.debug("Could not look for ended sessions: {}", e.toString());
                            return Mono.empty();
                        }), 1)
                // Closing touches Vaadin sessions and the container's: off the database driver's threads.
                .publishOn(Schedulers.boundedElastic())
                .subscribe(ended -> ended.forEach(this::close));
    }

    @EventListener(ContextClosedEvent.class)
    void stopPolling() {
        polling.dispose();
    }

    /** Closes a session this instance holds, if it holds it. */
    void close(UUID row) {
        HttpSession session = held.remove(row);
        if (session == null) {
            return;
        }
        try {
            for (VaadinSession vaadin : VaadinSession.getAllSessions(session)) {
                vaadin.access(() -> vaadin.getUIs().forEach(SignedInSessions::toSignIn));
            }
        } catch (IllegalStateException invalidated) {
            return;
        }
        // The push that moves open pages goes out once access() finishes; invalidate after it.
        Mono.delay(Duration.ofSeconds(1), Schedulers.boundedElastic())
                .subscribe(t -> {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalidated) {
                        // Ended meanwhile.
                    }
                });
    }

    private static void toSignIn(UI ui) {
        ui.getPage().setLocation("login?signed-out");
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        rowOf(event.getSession()).ifPresent(row -> {
            held.remove(row);
            sessions.endIfLive(row, SessionEnd.EXPIRED).subscribe(n -> { }, e -> log.debug("{}", e.toString()));
        });
    }

    /** Ends the row of a session that signs out. */
    void signedOut(HttpSession session) {
        rowOf(session).ifPresent(row -> {
            held.remove(row);
            sessions.endIfLive(row, SessionEnd.SIGNED_OUT).subscribe(n -> { }, e -> log.debug("{}", e.toString()));
        });
    }
}
