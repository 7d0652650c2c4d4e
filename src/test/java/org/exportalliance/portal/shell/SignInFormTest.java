package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.Set;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The login form (issue 13): it goes through the account service's lock and hash check, says which refusal it met,
 * and a sign-in the database cannot answer in time says the service is busy, never "wrong user name or password".
 */
@PortalTest
class SignInFormTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired Actors actors;
    @Autowired MeterRegistry meters;
    @Autowired ConnectionFactory connections;

    @Test
    void a_wrong_password_says_so_and_after_five_the_name_is_locked_even_for_the_right_one() {
        String name = newUser();
        WebTestClient web = UiSignIn.web(port);
        for (int i = 0; i < 5; i++) {
            assertThat(UiSignIn.location(UiSignIn.post(web, UiSignIn.loginPage(web), name, "wrong")))
                    .endsWith("/login?error");
        }
        assertThat(UiSignIn.location(UiSignIn.post(web, UiSignIn.loginPage(web), name, "right-password-123")))
                .endsWith("/login?error=locked");
    }

    @Test
    void an_unknown_name_costs_a_hash_check_at_the_login_form_too() {
        double before = meters.counter("portal.login.password.checks").count();
        WebTestClient web = UiSignIn.web(port);
        assertThat(UiSignIn.location(UiSignIn.post(web, UiSignIn.loginPage(web), "no-such-" + System.nanoTime(), "x")))
                .endsWith("/login?error");
        assertThat(meters.counter("portal.login.password.checks").count()).isEqualTo(before + 1);
        assertThat(meters.counter("portal.login.failures", "channel", "ui").count()).isPositive();
    }

    @Test
    void a_sign_in_the_database_cannot_answer_in_time_says_the_service_is_busy() {
        PortalSignIn impatient = new PortalSignIn(accounts, Duration.ofMillis(500));
        Connection holder = Mono.from(connections.create()).block(Duration.ofSeconds(10));
        try {
            // Another transaction holds the accounts table, as a database under heavy load would keep us waiting.
            Mono.from(holder.beginTransaction()).block(Duration.ofSeconds(10));
            Mono.from(holder.createStatement("lock table app_user in access exclusive mode").execute())
                    .flatMap(r -> Mono.from(r.getRowsUpdated())).block(Duration.ofSeconds(10));

            assertThatThrownBy(() -> impatient.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("member", "demo1234")))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        } finally {
            Mono.from(holder.rollbackTransaction()).block(Duration.ofSeconds(10));
            Mono.from(holder.close()).block(Duration.ofSeconds(10));
        }
    }

    @Test
    void each_refusal_goes_back_to_the_login_page_with_its_own_reason() throws Exception {
        assertThat(redirectFor(new InternalAuthenticationServiceException("db"))).isEqualTo("/login?error=busy");
        assertThat(redirectFor(new org.springframework.security.authentication.LockedException("x")))
                .isEqualTo("/login?error=locked");
        assertThat(redirectFor(new PortalSignIn.AddressLimited("x", new RuntimeException())))
                .isEqualTo("/login?error=limited");
        assertThat(redirectFor(new org.springframework.security.authentication.BadCredentialsException("x")))
                .isEqualTo("/login?error");
    }

    private static String redirectFor(org.springframework.security.core.AuthenticationException failure)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        UiSecurityConfiguration.failureHandler().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
                response, failure);
        return response.getRedirectedUrl();
    }

    private String newUser() {
        String name = "form" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.create(new NewUser(actors.member().firmId(), name, "Form Test", null, "right-password-123",
                Set.of(Role.MEMBER), "zh-CN", false)).block(Duration.ofSeconds(10));
        return name;
    }
}
