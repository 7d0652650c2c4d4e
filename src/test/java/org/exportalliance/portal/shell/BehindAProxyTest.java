package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The portal behind a trusted proxy ({@code server.forward-headers-strategy=native}; the tests' 127.0.0.1 is one of
 * Tomcat's default internal proxies): TLS the proxy reports brings HSTS and a Secure session cookie, and the sign-in
 * limit counts the client the proxy names, not the proxy. Its own context, with a small address allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded.ephemeral=true",
        "portal.demo.enabled=true",
        "portal.passport.key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=", "portal.passport.key-id=test",
        "portal.delegation.expiry-check=PT1H", "portal.delegation.expiry-initial-delay=PT1H",
        "portal.checklist.reminder-check=PT1H", "portal.checklist.reminder-initial-delay=PT1H",
        "vaadin.launch-browser=false", "vaadin.devmode.devTools.enabled=false",
        "server.forward-headers-strategy=native",
        "portal.sign-in.address-failures=3"
})
class BehindAProxyTest {

    @LocalServerPort int port;

    @Test
    void tls_the_proxy_reports_brings_strict_transport_security_and_a_secure_session_cookie() {
        var page = UiSignIn.web(port).get().uri("/login").header("X-Forwarded-Proto", "https").exchange()
                .expectStatus().isOk().expectBody().returnResult();
        assertThat(page.getResponseHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
        assertThat(page.getResponseCookies().getFirst(UiSignIn.SESSION).isSecure()).isTrue();
    }

    @Test
    void the_sign_in_limit_counts_the_client_the_proxy_names_not_the_proxy() {
        String client = "203.0.113." + (10 + (int) (Math.random() * 200));
        String neighbour = "198.51.100.20";
        for (int i = 0; i < 3; i++) {
            tokens(client, "random-" + UUID.randomUUID()).expectStatus().isUnauthorized();
        }
        tokens(client, "member").expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type")
                .isEqualTo("urn:export-alliance:problem:too-many-sign-ins-from-address");

        WebTestClient web = UiSignIn.web(port);
        String session = UiSignIn.loginPage(web);
        var form = web.post().uri("/login").cookie(UiSignIn.SESSION, session).header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "member").with("password", "demo1234"))
                .exchange().expectStatus().isFound().expectBody().returnResult();
        assertThat(UiSignIn.location(form)).endsWith("/login?error=limited");

        tokens(neighbour, "member").expectStatus().isCreated();
    }

    private WebTestClient.ResponseSpec tokens(String client, String username) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/api")
                .responseTimeout(Duration.ofSeconds(30)).build()
                .post().uri("/v1/tokens").header("X-Forwarded-For", client)
                .headers(h -> h.setBasicAuth(username, "demo1234")).exchange();
    }
}
