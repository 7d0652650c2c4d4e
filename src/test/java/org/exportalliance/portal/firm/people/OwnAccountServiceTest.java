package org.exportalliance.portal.firm.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiToken;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.TokenSummary;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.mfa.SecondFactors;
import org.exportalliance.portal.account.mfa.Totp;
import org.exportalliance.portal.account.session.UserSessions;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

@PortalTest
class OwnAccountServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired OwnAccountService own;
    @Autowired Enrolments enrolments;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService tokens;
    @Autowired UserSessions sessions;
    @Autowired SecondFactors factors;
    @Autowired DatabaseClient db;

    @Test
    void a_password_change_asks_for_the_current_one_checks_the_new_one_and_ends_the_other_sessions() {
        UserAccount person = person();
        Actor actor = person.asActor();
        UUID here = sessions.open(person.id(), "here", "127.0.0.1").block(WAIT);
        UUID elsewhere = sessions.open(person.id(), "elsewhere", "127.0.0.2").block(WAIT);
        assertThat(field(() -> own.changePassword(actor, "wrong one", "a fresh long passphrase 42", here)
                .block(WAIT))).isEqualTo("currentPassword account.password.wrong");
        assertThat(field(() -> own.changePassword(actor, Enrolments.PASSWORD, "short", here).block(WAIT)))
                .isEqualTo("password password.problem.too-short");
        assertThat(field(() -> own.changePassword(actor, Enrolments.PASSWORD, "qwertyuiop123", here).block(WAIT)))
                .isEqualTo("password password.problem.common");
        String typed = "  海上生明月 天涯共此时  with spaces kept ";
        own.changePassword(actor, Enrolments.PASSWORD, typed, here).block(WAIT);
        assertThat(accounts.authenticate(person.username(), typed).blockOptional(WAIT)).isPresent();
        assertThat(accounts.authenticate(person.username(), typed.strip()).blockOptional(WAIT))
                .as("typed exactly, spaces included").isEmpty();
        assertThat(sessions.isLive(here).block(WAIT)).isTrue();
        assertThat(sessions.isLive(elsewhere).block(WAIT)).isFalse();
    }

    @Test
    void tokens_have_a_name_and_an_expiry_list_their_last_use_and_stop_at_expiry() {
        Actor actor = person().asActor();
        Instant now = Instant.now();
        assertThat(field(() -> own.createToken(actor, "erp", now.plus(Duration.ofDays(400))).block(WAIT)))
                .isEqualTo("expiresAt account.token.expiry-range");
        assertThat(field(() -> own.createToken(actor, "erp", now.minusSeconds(5)).block(WAIT)))
                .isEqualTo("expiresAt account.token.expiry-range");
        assertThat(field(() -> own.createToken(actor, "\u0007", now.plus(Duration.ofDays(5))).block(WAIT)))
                .isEqualTo("name validation.control-characters");
        ApiToken token = own.createToken(actor, "ERP 对接", now.plus(Duration.ofDays(30))).block(WAIT);
        assertThat(tokens.authenticate(token.secret()).blockOptional(WAIT)).isPresent();
        List<TokenSummary> listed = own.tokens(actor).collectList().block(WAIT);
        assertThat(listed).extracting(TokenSummary::name).containsExactly("ERP 对接");
        assertThat(listed.getFirst().lastUsedAt()).as("the use was noted").isNotNull();

        db.sql("update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'"
                + " where id = :id").bind("id", token.id()).then().block(WAIT);
        // Expired behind the service's back: without this the instance trusts its recent check for a second more.
        tokens.forgetRecent();
        assertThat(tokens.authenticate(token.secret()).blockOptional(WAIT)).isEmpty();
        assertThat(own.tokens(actor).collectList().block(WAIT)).isEmpty();

        ApiToken second = own.createToken(actor, "second", now.plus(Duration.ofDays(3))).block(WAIT);
        assertThat(own.revokeToken(actor, second.id()).block(WAIT)).isTrue();
        assertThat(own.revokeToken(person().asActor(), second.id()).block(WAIT)).as("not someone else's").isFalse();
        assertThat(tokens.authenticate(second.secret()).blockOptional(WAIT)).isEmpty();
    }

    @Test
    void a_second_factor_is_enrolled_with_a_code_and_each_code_works_once() {
        Actor actor = person().asActor();
        SecondFactorEnrolment enrolment = own.beginSecondFactor(actor);
        assertThat(enrolment.uri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.text());
        assertThat(enrolment.qrSvg()).startsWith("<svg");
        String wrong = wrongCode(enrolment.secret());
        assertThat(field(() -> own.confirmSecondFactor(actor, enrolment.secret(), wrong).block(WAIT)))
                .isEqualTo("code account.mfa.code-wrong");
        String code = Totp.code(enrolment.secret(), Totp.step(Instant.now()));
        List<String> recovery = own.confirmSecondFactor(actor, enrolment.secret(), code).block(WAIT);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(factors.verify(actor.userId(), code).block(WAIT)).as("the enrolment used that code").isFalse();
        String next = Totp.code(enrolment.secret(), Totp.step(Instant.now()) + 1);
        assertThat(factors.verify(actor.userId(), next).block(WAIT)).isTrue();
        assertThat(factors.verify(actor.userId(), next).block(WAIT)).as("no replay").isFalse();
        assertThat(factors.verify(actor.userId(), recovery.get(3).toLowerCase()).block(WAIT)).isTrue();
        assertThat(factors.verify(actor.userId(), recovery.get(3)).block(WAIT)).isFalse();
        assertThat(own.recoveryCodesLeft(actor).block(WAIT)).isEqualTo(9);
        assertThat(accounts.findById(actor.userId()).block(WAIT).mfaEnrolled()).isTrue();

        own.removeSecondFactor(actor, recovery.get(4)).block(WAIT);
        assertThat(accounts.findById(actor.userId()).block(WAIT).mfaEnrolled()).isFalse();
    }

    @Test
    void staff_and_firm_admins_keep_their_second_factor() {
        MemberFirm firm = enrolments.firm("keep");
        UserAccount admin = enrolments.person(firm.id(), Role.FIRM_ADMIN);
        assertThat(SecondFactors.required(admin)).isTrue();
        SecondFactorEnrolment enrolment = own.beginSecondFactor(admin.asActor());
        List<String> recovery = own.confirmSecondFactor(admin.asActor(), enrolment.secret(),
                Totp.code(enrolment.secret(), Totp.step(Instant.now()))).block(WAIT);
        assertThatThrownBy(() -> own.removeSecondFactor(admin.asActor(), recovery.getFirst()).block(WAIT))
                .isInstanceOf(SecondFactorRequired.class);
    }

    @Test
    void the_profile_keeps_a_unique_e_mail_address() {
        UserAccount person = person();
        UserAccount other = person();
        assertThatThrownBy(() -> own.updateProfile(person.asActor(), new ProfileDraft("Me", other.email(), "en"))
                .block(WAIT)).isInstanceOf(EmailInUse.class);
        UserAccount saved = own.updateProfile(person.asActor(), new ProfileDraft(" 新名字 ", "new" + person.email(),
                "en")).block(WAIT);
        assertThat(saved.displayName()).isEqualTo("新名字");
        assertThat(saved.locale()).isEqualTo("en");
        assertThat(field(() -> own.updateProfile(person.asActor(), new ProfileDraft("", "x", "de")).block(WAIT)))
                .isEqualTo("displayName validation.required");
    }

    /** A code that is none of the three a verification would accept around now. */
    private static String wrongCode(byte[] secret) {
        long step = Totp.step(Instant.now());
        java.util.Set<String> valid = new java.util.HashSet<>();
        for (long s = step - 2; s <= step + 2; s++) {
            valid.add(Totp.code(secret, s));
        }
        return java.util.stream.IntStream.range(0, 10).mapToObj(i -> String.valueOf(i).repeat(6))
                .filter(c -> !valid.contains(c)).findFirst().orElseThrow();
    }

    private UserAccount person() {
        return enrolments.person(enrolments.firm("own").id());
    }

    private static String field(Runnable call) {
        try {
            call.run();
            return "accepted";
        } catch (InvalidInput e) {
            return e.problems().getFirst().field() + " " + e.problems().getFirst().messageKey();
        }
    }
}
