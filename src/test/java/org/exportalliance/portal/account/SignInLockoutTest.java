package org.exportalliance.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The sign-in lock per account (issue 13, defect 7): kept in the database, shared by every instance, counted with
 * conditional updates, and out of reach of a flood of random names.
 */
@PortalTest
class SignInLockoutTest {

    private static final String PASSWORD = "right-password-123";

    @Autowired AccountService accounts;
    @Autowired SignInLockout lockout;
    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder passwords;
    @Autowired Clock clock;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    @Test
    void ten_thousand_failures_with_random_names_do_not_unlock_a_real_account() {
        String name = newUser();
        // The attack of defect 7: every failure with a random name, fed straight to the lock as the service does for
        // a name that is no account (a hash check each would take minutes), then a few through the whole service.
        for (int i = 0; i < 10_000; i++) {
            lockout.failed("random-" + UUID.randomUUID());
        }
        for (int i = 0; i < 20; i++) {
            accounts.authenticate("random-" + UUID.randomUUID(), "guess", randomAddress(), SignInChannel.API)
                    .as(StepVerifier::create).verifyComplete();
        }
        assertThat(lockout.unknownNamesTracked()).isLessThanOrEqualTo(SignInLockout.UNKNOWN_NAMES_TRACKED);

        for (int i = 0; i < SignInLockout.MAX_FAILURES; i++) {
            accounts.authenticate(name, "wrong-" + i, randomAddress(), SignInChannel.API)
                    .as(StepVerifier::create).verifyComplete();
        }
        accounts.authenticate(name, PASSWORD, randomAddress(), SignInChannel.API).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SignInLocked.class)
                        .satisfies(locked -> assertThat(((SignInLocked) locked).retryAfter())
                                .isPositive().isLessThanOrEqualTo(SignInLockout.LOCK)))
                .verify();
    }

    @Test
    void the_lock_is_kept_in_the_database_and_holds_on_another_instance() {
        String name = newUser();
        for (int i = 0; i < SignInLockout.MAX_FAILURES; i++) {
            accounts.authenticate(name, "wrong").as(StepVerifier::create).verifyComplete();
        }
        db.sql("select failed_sign_ins, sign_in_locked_until from app_user where username = :name")
                .bind("name", name)
                .map(row -> row.get("sign_in_locked_until", OffsetDateTime.class))
                .one().as(StepVerifier::create)
                .assertNext(until -> assertThat(until.toInstant()).isAfter(clock.instant())
                        .isBeforeOrEqualTo(clock.instant().plus(SignInLockout.LOCK)))
                .verifyComplete();

        // A second instance: its own service, lock and address limit, the same database.
        AccountService otherInstance = new AccountService(users, passwords, new SignInLockout(users, clock),
                new ClientAddressLimit(30, Duration.ofMinutes(10)), new SimpleMeterRegistry(), true);
        otherInstance.authenticate(name, PASSWORD, randomAddress(), SignInChannel.UI).as(StepVerifier::create)
                .expectError(SignInLocked.class).verify();
    }

    @Test
    void failures_sent_all_at_once_are_all_counted() {
        String name = newUser();
        Flux.range(0, SignInLockout.MAX_FAILURES)
                .flatMap(i -> accounts.authenticate(name, "wrong-" + i), SignInLockout.MAX_FAILURES)
                .then().as(StepVerifier::create).verifyComplete();
        accounts.authenticate(name, PASSWORD).as(StepVerifier::create).expectError(SignInLocked.class).verify();
    }

    @Test
    void a_right_password_ends_a_run_of_failures() {
        String name = newUser();
        for (int i = 0; i < SignInLockout.MAX_FAILURES - 1; i++) {
            accounts.authenticate(name, "wrong").as(StepVerifier::create).verifyComplete();
        }
        accounts.authenticate(name, PASSWORD).as(StepVerifier::create).expectNextCount(1).verifyComplete();
        accounts.authenticate(name, "wrong").as(StepVerifier::create).verifyComplete();
        accounts.authenticate(name, PASSWORD).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    @Test
    void an_expired_lock_lets_the_account_sign_in_again() {
        String name = newUser();
        for (int i = 0; i < SignInLockout.MAX_FAILURES; i++) {
            accounts.authenticate(name, "wrong").as(StepVerifier::create).verifyComplete();
        }
        Instant past = clock.instant().minus(SignInLockout.LOCK).minusSeconds(1);
        db.sql("update app_user set sign_in_locked_until = :past, last_failed_sign_in_at = :past where username = :name")
                .bind("past", OffsetDateTime.ofInstant(past, java.time.ZoneOffset.UTC)).bind("name", name)
                .then().block(Duration.ofSeconds(5));
        accounts.authenticate(name, PASSWORD).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    @Test
    void unknown_names_lock_like_accounts_so_a_lock_reveals_nothing() {
        String unknown = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < SignInLockout.MAX_FAILURES; i++) {
            accounts.authenticate(unknown, "wrong").as(StepVerifier::create).verifyComplete();
        }
        accounts.authenticate(unknown, "wrong").as(StepVerifier::create).expectError(SignInLocked.class).verify();
        db.sql("select count(*) from app_user where username = :name").bind("name", unknown)
                .map(row -> row.get(0, Long.class)).one()
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    private String newUser() {
        String name = "lock" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.create(new NewUser(actors.member().firmId(), name, "Lock Test", null, PASSWORD, Set.of(Role.MEMBER),
                "zh-CN", false)).block(Duration.ofSeconds(10));
        return name;
    }

    /** An address from the documentation range 198.18.0.0/15, never the tests' own 127.0.0.1. */
    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + (18 + r.nextInt(2)) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }
}
