package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The absolute session lifetime, on its own: counted from the sign-in, whatever happened since. */
class SessionLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private final SessionLifetime lifetime =
            new SessionLifetime(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @Test
    void a_session_signed_in_more_than_twelve_hours_ago_is_invalidated_and_the_request_goes_on() throws Exception {
        MockHttpSession session = sessionSignedInAt(NOW.minus(Duration.ofHours(12)).minusSeconds(1));
        MockFilterChain chain = run(session);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request still reaches Spring Security, now without a session").isNotNull();
    }

    @Test
    void a_younger_session_is_left_alone() throws Exception {
        MockHttpSession session = sessionSignedInAt(NOW.minus(Duration.ofHours(11)));
        run(session);
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession sessionSignedInAt(Instant at) {
        MockHttpSession session = new MockHttpSession();
        SessionLifetime.signedIn(session, at);
        return session;
    }

    private MockFilterChain run(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        lifetime.doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }
}
