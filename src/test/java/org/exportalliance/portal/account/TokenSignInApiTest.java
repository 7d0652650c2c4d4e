package org.exportalliance.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Set;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /api/v1/tokens} goes through the same lock, address limit and hash check as the login form. */
@PortalTest
class TokenSignInApiTest {

    /** The tests' own address, as Tomcat sees it (the client below connects to it, not to "localhost"). */
    private static final String LOOPBACK = "127.0.0.1";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired ClientAddressLimit addresses;
    @Autowired MeterRegistry meters;
    @Autowired Actors actors;

    private WebTestClient api() {
        return WebTestClient.bindToServer().baseUrl("http://" + LOOPBACK + ":" + port + "/api")
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void a_locked_account_gets_the_locked_problem_with_retry_after() {
        String name = "tok" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.create(new NewUser(actors.member().firmId(), name, "Token Test", null, "right-password-123",
                Set.of(Role.MEMBER), "zh-CN", false)).block(Duration.ofSeconds(10));
        try {
            for (int i = 0; i < SignInLockout.MAX_FAILURES; i++) {
                api().post().uri("/v1/tokens").headers(h -> h.setBasicAuth(name, "wrong")).exchange()
                        .expectStatus().isUnauthorized();
            }
            api().post().uri("/v1/tokens").headers(h -> h.setBasicAuth(name, "right-password-123"))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                    .expectStatus().isEqualTo(429)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.RETRY_AFTER,
                            v -> assertThat(Long.parseLong(v)).isBetween(1L, SignInLockout.LOCK.toSeconds()))
                    .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:too-many-attempts");
        } finally {
            addresses.forget(LOOPBACK);
        }
    }

    @Test
    void a_limited_address_gets_429_problem_with_retry_after_and_other_tests_keep_theirs() {
        try {
            // Use the loopback address's allowance up directly: a burst of requests would take as long for nothing.
            while (addresses.tryAttempt(LOOPBACK).isEmpty()) {
                // taking the next token
            }
            api().post().uri("/v1/tokens").headers(h -> h.setBasicAuth("member", "demo1234"))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                    .expectStatus().isEqualTo(429)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isPositive())
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:too-many-sign-ins-from-address")
                    .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("network address"));
        } finally {
            addresses.forget(LOOPBACK);
        }
        api().post().uri("/v1/tokens").headers(h -> h.setBasicAuth("member", "demo1234")).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void a_forwarded_for_header_is_not_believed_unless_a_proxy_is_configured_as_trusted() {
        String forged = "203.0.113.77";
        long before = addresses.remaining(LOOPBACK);
        try {
            api().post().uri("/v1/tokens").headers(h -> h.setBasicAuth("no-such-user", "guess"))
                    .header("X-Forwarded-For", forged).exchange()
                    .expectStatus().isUnauthorized();
            assertThat(addresses.remaining(forged)).as("the forged address").isEqualTo(before);
            assertThat(addresses.remaining(LOOPBACK)).as("the real peer").isLessThan(before);
        } finally {
            addresses.forget(LOOPBACK);
        }
    }

    @Test
    void an_unknown_name_costs_a_hash_check_at_the_token_endpoint() {
        double before = meters.counter("portal.login.password.checks").count();
        try {
            api().post().uri("/v1/tokens").headers(h -> h.setBasicAuth("no-such-user-" + System.nanoTime(), "x"))
                    .exchange().expectStatus().isUnauthorized();
        } finally {
            addresses.forget(LOOPBACK);
        }
        assertThat(meters.counter("portal.login.password.checks").count()).isEqualTo(before + 1);
    }
}
