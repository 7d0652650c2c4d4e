package org.exportalliance.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

@PortalTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired ApiTokenService tokens;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    @Test
    void the_right_password_signs_in_and_a_wrong_one_does_not() {
        accounts.authenticate("member", "demo1234").as(StepVerifier::create)
                .assertNext(a -> assertThat(a.username()).isEqualTo("member")).verifyComplete();
        accounts.authenticate("member", "demo12345").as(StepVerifier::create).verifyComplete();
        accounts.authenticate("nobody", "demo1234").as(StepVerifier::create).verifyComplete();
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() {
        Actor member = actors.member();
        String name = "throttled" + (System.nanoTime() % 1_000_000);
        accounts.create(new NewUser(member.firmId(), name, "Throttled", null, "right-password-123",
                java.util.Set.of(Role.MEMBER), "zh-CN", false)).block();
        for (int i = 0; i < 5; i++) {
            accounts.authenticate(name, "wrong").as(StepVerifier::create).verifyComplete();
        }
        accounts.authenticate(name, "right-password-123").as(StepVerifier::create)
                .expectError(SignInLocked.class).verify();
    }

    @Test
    void passwords_are_stored_as_adaptive_hashes_never_in_clear() {
        db.sql("select password_hash from app_user where username = 'member'").map(r -> r.get(0, String.class))
                .one().as(StepVerifier::create)
                .assertNext(hash -> assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$")
                        .doesNotContain("demo1234"))
                .verifyComplete();
    }

    @Test
    void a_firm_lists_only_its_own_people_and_other_firms_are_refused() {
        Actor member = actors.member();
        Actor member2 = actors.member2();
        accounts.usersOfFirm(member, member.firmId()).collectList().as(StepVerifier::create)
                .assertNext(users -> {
                    assertThat(users).extracting(UserAccount::firmId).containsOnly(member.firmId());
                    assertThat(users).extracting(UserAccount::username).contains("member", "firmadmin")
                            .doesNotContain("member2", "staff");
                })
                .verifyComplete();
        accounts.usersOfFirm(member2, member.firmId()).as(StepVerifier::create)
                .expectError(AccountAccessDenied.class).verify();
        accounts.usersOfFirm(actors.staff(), member.firmId()).map(UserAccount::username).collectList()
                .as(StepVerifier::create).assertNext(names -> assertThat(names).contains("member", "firmadmin"))
                .verifyComplete();
    }

    @Test
    void tokens_are_stored_hashed_and_a_revoked_token_is_rejected() {
        Actor member = actors.member();
        ApiToken token = tokens.issue(member, "test").block();
        db.sql("select count(*) from api_token where token_hash::text like '%' || :secret || '%'")
                .bind("secret", token.secret()).map(r -> r.get(0, Long.class)).one()
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
        tokens.authenticate(token.secret()).as(StepVerifier::create).expectNext(member).verifyComplete();
        tokens.revoke(actors.member2(), token.id()).as(StepVerifier::create).expectNext(false).verifyComplete();
        tokens.revoke(member, token.id()).as(StepVerifier::create).expectNext(true).verifyComplete();
        tokens.authenticate(token.secret()).as(StepVerifier::create).verifyComplete();
    }

    @Test
    void the_database_refuses_a_user_with_an_unknown_role() {
        Actor member = actors.member();
        db.sql("insert into app_user (id, firm_id, username, display_name, password_hash, roles) "
                        + "values (gen_random_uuid(), :firm, 'rogue', 'Rogue', 'x', array['ROOT'])")
                .bind("firm", member.firmId()).then()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("app_user_roles_check"))
                .verify();
    }
}
