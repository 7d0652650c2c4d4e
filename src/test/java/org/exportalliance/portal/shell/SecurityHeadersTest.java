package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Security headers on every answer (issue 13, ASVS 5.0 V3.4): the login page, a view, an API answer and an API error;
 * and the favicon that every page asks for.
 */
@PortalTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    @Test
    void the_login_page_has_every_header() {
        var page = UiSignIn.web(port).get().uri("/login").exchange().expectStatus().isOk().expectBody().returnResult();
        assertThat(new String(page.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8))
                .as("Vaadin's login view, not a generated page").contains("window.Vaadin").doesNotContain("Please sign in");
        assertUiHeaders(page);
    }

    @Test
    void a_view_has_every_header() {
        WebTestClient web = UiSignIn.web(port);
        String session = UiSignIn.signIn(web, "leader", "demo1234");
        var view = web.get().uri("/delegations").cookie(UiSignIn.SESSION, session).exchange()
                .expectStatus().isOk().expectBody().returnResult();
        assertUiHeaders(view);
    }

    @Test
    void an_api_answer_and_an_api_error_have_every_header_and_a_policy_that_loads_nothing() {
        WebTestClient api = ApiClient.on(port);
        var answer = api.get().uri("/v1/me").headers(h -> h.setBearerAuth(ApiClient.token(port, "member")))
                .exchange().expectStatus().isOk().expectBody().returnResult();
        var error = api.get().uri("/v1/fairs").exchange().expectStatus().isUnauthorized().expectBody().returnResult();
        var notFound = api.get().uri("/v1/no-such-thing").headers(h -> h.setBearerAuth(ApiClient.token(port, "member")))
                .exchange().expectStatus().isNotFound().expectBody().returnResult();
        for (var result : java.util.List.of(answer, error, notFound)) {
            assertCommonHeaders(result);
            assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void without_tls_there_is_no_strict_transport_security_and_no_secure_cookie() {
        var page = UiSignIn.web(port).get().uri("/login").exchange().expectBody().returnResult();
        assertThat(page.getResponseHeaders().containsHeader("Strict-Transport-Security")).isFalse();
        assertThat(page.getResponseCookies().getFirst(UiSignIn.SESSION).isSecure()).isFalse();
    }

    @Test
    void the_favicon_is_served_to_anyone() {
        var icon = UiSignIn.web(port).get().uri("/favicon.ico").exchange()
                .expectStatus().isOk().expectBody().returnResult();
        assertThat(icon.getResponseBody()).startsWith(0, 0, 1, 0);
        assertThat(icon.getResponseHeaders().getContentType().toString()).startsWith("image/");
    }

    private static void assertUiHeaders(EntityExchangeResult<?> result) {
        assertCommonHeaders(result);
        assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
    }

    private static void assertCommonHeaders(EntityExchangeResult<?> result) {
        HttpHeaders headers = result.getResponseHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).as(result.getUrl().toString())
                .contains("frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    }
}
