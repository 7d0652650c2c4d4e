package org.exportalliance.portal.shell;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The login form driven over plain HTTP, as a browser posts it, with the session cookie kept by hand. */
public final class UiSignIn {

    public static final String SESSION = "JSESSIONID";

    private UiSignIn() {}

    /** A client on the loopback address (the per-address limit keys on it), following no redirects. */
    public static WebTestClient web(int port) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** Opens the login page; the session it starts. */
    public static String loginPage(WebTestClient web) {
        return sessionOf(web.get().uri("/login").exchange().expectStatus().isOk().expectBody().returnResult());
    }

    /** Posts the form from the session {@code session}; the answer (a redirect). */
    public static EntityExchangeResult<byte[]> post(WebTestClient web, String session, String username, String password) {
        return web.post().uri("/login").cookie(SESSION, session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", username).with("password", password))
                .exchange().expectStatus().isFound().expectBody().returnResult();
    }

    /** Signs in; the session id the portal gives the signed-in user. */
    public static String signIn(WebTestClient web, String username, String password) {
        String before = loginPage(web);
        EntityExchangeResult<byte[]> result = post(web, before, username, password);
        String location = result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null || location.contains("error")) {
            throw new AssertionError("sign-in of " + username + " failed: " + location);
        }
        String after = sessionOf(result);
        return after != null ? after : before;
    }

    public static @Nullable String sessionOf(EntityExchangeResult<?> result) {
        ResponseCookie cookie = result.getResponseCookies().getFirst(SESSION);
        return cookie == null ? null : cookie.getValue();
    }

    public static String location(EntityExchangeResult<?> result) {
        String location = result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        return location == null ? "" : location;
    }
}
