package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * UI sessions (ASVS 5.0 V7): a new session id at sign-in, the old one worthless; an absolute lifetime besides the idle
 * timeout. Sign-out is proven in a browser ({@code SignOutEndToEndTest}), because it runs in a Vaadin round trip.
 */
@PortalTest
class SessionSecurityTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @Test
    void signing_in_gives_a_new_session_id_and_the_one_from_before_signs_nobody_in() {
        WebTestClient web = UiSignIn.web(port);
        String before = UiSignIn.loginPage(web);
        var result = UiSignIn.post(web, before, "member", "demo1234");
        String after = UiSignIn.sessionOf(result);

        assertThat(UiSignIn.location(result)).doesNotContain("error");
        assertThat(after).isNotNull().isNotEqualTo(before);
        web.get().uri("/").cookie(UiSignIn.SESSION, before).exchange()
                .expectStatus().isFound().expectHeader().value("Location", l -> assertThat(l).endsWith("/login"));
        web.get().uri("/").cookie(UiSignIn.SESSION, after).exchange().expectStatus().isOk();
    }

    @Test
    void a_session_older_than_its_absolute_lifetime_is_ended_on_its_next_request() {
        WebTestClient web = UiSignIn.web(port);
        String session = UiSignIn.signIn(web, "member2", "demo1234");
        web.get().uri("/").cookie(UiSignIn.SESSION, session).exchange().expectStatus().isOk();

        // As if the user had signed in 12 hours and a minute ago, and used the session ever since.
        tomcatSession(session).getSession().setAttribute(SessionLifetime.SIGNED_IN_AT,
                Instant.now().minusSeconds(12 * 3600 + 60));

        web.get().uri("/").cookie(UiSignIn.SESSION, session).exchange()
                .expectStatus().isFound().expectHeader().value("Location", l -> assertThat(l).endsWith("/login"));
        assertThat(tomcatSession(session)).as("ended on the server").isNull();
    }

    @Test
    void the_idle_timeout_is_thirty_minutes_unless_configured() {
        assertThat(context.getEnvironment().getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(context.getEnvironment().getProperty("portal.session.absolute-timeout")).isEqualTo("12h");
    }

    private Session tomcatSession(String id) {
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
        Context web = (Context) tomcat.getHost().findChildren()[0];
        try {
            return web.getManager().findSession(id);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
