package org.exportalliance.portal.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a UI session that is older than {@code portal.session.absolute-timeout} (12 hours unless configured), however
 * busy it has been: the idle timeout alone would let a session that is used now and then live for ever. Counted from
 * the sign-in (or, for a session from before this was kept, from its creation).
 *
 * <p>It runs before Spring Security, so the request that finds the session too old already meets an invalidated
 * session: a page load goes to the login page, and Vaadin's next round trip (at the latest its heartbeat, every
 * {@code vaadin.heartbeatInterval} seconds) finds the session gone and reloads into the login page.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";
    private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

    private final Clock clock;
    private final Duration maximum;

    SessionLifetime(Clock clock, @Value("${portal.session.absolute-timeout:PT12H}") Duration maximum) {
        this.clock = clock;
        this.maximum = maximum;
    }

    static void signedIn(HttpSession session, Instant at) {
        session.setAttribute(SIGNED_IN_AT, at);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                Instant start = session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn ? signedIn
                        : Instant.ofEpochMilli(session.getCreationTime());
                if (start.plus(maximum).isBefore(clock.instant())) {
                    session.invalidate();
                    log.info("Ended a session older than {} (portal.session.absolute-timeout)", maximum);
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // Another request ended it meanwhile.
            }
        }
        chain.doFilter(request, response);
    }
}
