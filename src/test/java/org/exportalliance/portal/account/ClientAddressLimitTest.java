package org.exportalliance.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.test.StepVerifier;

/** The per-address limit on sign-ins (issue 13, defect 7): failures from one address, whatever the names. */
@PortalTest
class ClientAddressLimitTest {

    private static final String PASSWORD = "right-password-123";

    @Autowired UserAccountRepository users;
    @Autowired PasswordEncoder passwords;
    @Autowired AccountService accounts;
    @Autowired Clock clock;
    @Autowired Actors actors;

    @Test
    void an_address_that_failed_too_often_is_refused_before_any_password_is_checked() {
        CountingPasswordEncoder encoder = new CountingPasswordEncoder(passwords);
        AccountService service = new AccountService(users, encoder, new SignInLockout(users, clock),
                new ClientAddressLimit(3, Duration.ofMinutes(10)), new SimpleMeterRegistry(), true);
        String name = newUser();
        String attacker = SignInLockoutTest.randomAddress();
        for (int i = 0; i < 3; i++) {
            service.authenticate("random-" + UUID.randomUUID(), "guess", attacker, SignInChannel.API)
                    .as(StepVerifier::create).verifyComplete();
        }
        int checked = encoder.matches();

        service.authenticate(name, PASSWORD, attacker, SignInChannel.API).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SignInLimited.class).satisfies(limited ->
                        assertThat(((SignInLimited) limited).retryAfterSeconds()).isBetween(1L, 600L)))
                .verify();
        assertThat(encoder.matches()).as("no hash checked for a limited address").isEqualTo(checked);

        service.authenticate(name, PASSWORD, SignInLockoutTest.randomAddress(), SignInChannel.API)
                .as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    @Test
    void successful_sign_ins_do_not_use_up_an_offices_allowance() {
        AccountService service = new AccountService(users, passwords, new SignInLockout(users, clock),
                new ClientAddressLimit(2, Duration.ofMinutes(10)), new SimpleMeterRegistry(), true);
        String name = newUser();
        String office = SignInLockoutTest.randomAddress();
        for (int i = 0; i < 5; i++) {
            service.authenticate(name, PASSWORD, office, SignInChannel.UI).as(StepVerifier::create)
                    .expectNextCount(1).verifyComplete();
        }
    }

    @Test
    void the_memory_for_addresses_is_bounded_and_ipv6_clients_count_per_64() {
        assertThat(ClientAddressLimit.ADDRESSES_TRACKED).isLessThanOrEqualTo(100_000);
        assertThat(ClientAddressLimit.key("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddressLimit.key("2001:db8:1:2:bbbb::9"))
                .isNotEqualTo(ClientAddressLimit.key("2001:db8:1:3::1"));
        assertThat(ClientAddressLimit.key("[2001:db8:1:2::5]")).isEqualTo(ClientAddressLimit.key("2001:db8:1:2::6"));
        assertThat(ClientAddressLimit.key("203.0.113.7")).isEqualTo("203.0.113.7");

        ClientAddressLimit limit = new ClientAddressLimit(1, Duration.ofMinutes(10));
        assertThat(limit.tryAttempt("2001:db8:9:9::1")).isEmpty();
        assertThat(limit.tryAttempt("2001:db8:9:9::2")).as("same /64").isPresent();
        assertThat(limit.tryAttempt("2001:db8:9:8::1")).as("another /64").isEmpty();
    }

    private String newUser() {
        String name = "addr" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.create(new NewUser(actors.member().firmId(), name, "Address Test", null, PASSWORD,
                Set.of(Role.MEMBER), "zh-CN", false)).block(Duration.ofSeconds(10));
        return name;
    }
}
