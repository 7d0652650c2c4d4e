package org.exportalliance.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.test.StepVerifier;

/**
 * User names cannot be found by timing (issue 13, defect 8): every sign-in that is not refused beforehand compares
 * exactly one password hash of the accounts' algorithm and cost, whether the name is an account, a disabled one, a
 * demo account outside demo mode, or no account at all. Counted, not timed: the speed belongs to bench/.
 */
@PortalTest
class SignInCostTest {

    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder passwords;
    @Autowired AccountService accounts;
    @Autowired Clock clock;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    /** A service on the real database whose encoder counts its comparisons; demo mode off, as in production. */
    private AccountService counted(CountingPasswordEncoder encoder) {
        return new AccountService(users, encoder, new SignInLockout(users, clock),
                new ClientAddressLimit(1000, Duration.ofMinutes(10)), new SimpleMeterRegistry(), false);
    }

    @Test
    void an_unknown_name_costs_one_hash_check_like_a_wrong_password() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(passwords);
        AccountService service = counted(encoder);
        String name = newUser(false);

        service.authenticate("no-such-user-" + System.nanoTime(), "whatever").as(StepVerifier::create).verifyComplete();
        assertThat(encoder.matches()).as("unknown name").isEqualTo(1);

        service.authenticate(name, "wrong").as(StepVerifier::create).verifyComplete();
        assertThat(encoder.matches()).as("wrong password").isEqualTo(2);

        service.authenticate(name, "right-password-123").as(StepVerifier::create).expectNextCount(1).verifyComplete();
        assertThat(encoder.matches()).as("right password").isEqualTo(3);
    }

    @Test
    void a_disabled_account_and_a_demo_account_outside_demo_mode_cost_the_same_hash_check() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(passwords);
        AccountService service = counted(encoder);
        String disabled = newUser(false);
        db.sql("update app_user set enabled = false where username = :name").bind("name", disabled).then()
                .block(Duration.ofSeconds(5));

        service.authenticate(disabled, "right-password-123").as(StepVerifier::create).verifyComplete();
        assertThat(encoder.matches()).as("disabled account, right password").isEqualTo(1);

        // The demo logins are demo accounts; this service runs with demo mode off.
        service.authenticate(newUser(true), "right-password-123").as(StepVerifier::create).verifyComplete();
        assertThat(encoder.matches()).as("demo account outside demo mode").isEqualTo(2);
    }

    @Test
    void the_dummy_hash_has_the_algorithm_and_cost_of_the_accounts_hashes() {
        String stored = db.sql("select password_hash from app_user where username = 'member'")
                .map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(5));
        String dummy = passwords.encode("anything");
        // {bcrypt}$2a$10$…: the scheme, the version and the cost come before the salt.
        assertThat(dummy.substring(0, dummy.indexOf('$', "{bcrypt}$2a$".length()) + 1))
                .isEqualTo(stored.substring(0, stored.indexOf('$', "{bcrypt}$2a$".length()) + 1));
    }

    @Test
    void the_service_counts_every_hash_check_in_a_metric() {
        var registry = new SimpleMeterRegistry();
        AccountService service = new AccountService(users, passwords, new SignInLockout(users, clock),
                new ClientAddressLimit(1000, Duration.ofMinutes(10)), registry, false);
        service.authenticate("no-such-user-" + System.nanoTime(), "x").as(StepVerifier::create).verifyComplete();
        assertThat(registry.counter("portal.login.password.checks").count()).isEqualTo(1.0);
        assertThat(registry.counter("portal.login.failures", "channel", "api").count()).isEqualTo(1.0);
    }

    private String newUser(boolean demo) {
        String name = "cost" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.create(new NewUser(actors.member().firmId(), name, "Cost Test", null, "right-password-123",
                Set.of(Role.MEMBER), "zh-CN", demo)).block(Duration.ofSeconds(10));
        return name;
    }
}
