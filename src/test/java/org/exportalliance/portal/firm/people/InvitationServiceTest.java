package org.exportalliance.portal.firm.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.WithSmtpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Invitations against a real SMTP server: the e-mail, the single-use link, who may invite whom as what. */
class InvitationServiceTest extends WithSmtpServer {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("invitation\\?token=([A-Za-z0-9_-]+)");

    @Autowired InvitationService invitations;
    @Autowired InvitationAcceptance acceptance;
    @Autowired AccountService accounts;
    @Autowired Enrolments enrolments;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    @Test
    void staff_invite_a_firms_first_admin_who_joins_through_the_mailed_link_once() {
        MemberFirm firm = enrolments.firm("invite");
        String email = "boss" + System.nanoTime() + "@firm.test";
        IssuedInvitation issued = invitations.invite(actors.staff(), firm.id(),
                new InvitationDraft(email, List.of(Role.FIRM_ADMIN), "en")).block(WAIT);
        assertThat(issued.mailed()).isTrue();
        MimeMessage mail = mailsTo(email, "invited").getFirst();
        String text = Objects.requireNonNull(content(mail, "text/plain"));
        assertThat(text).contains(firm.nameEn()).contains("协会秘书处 王敏");
        String token = token(text);
        assertThat(issued.link()).endsWith(token);

        UserAccount joined = acceptance.accept(token, new Joining("Boss" + System.nanoTime() % 100000,
                "Li Boss", Enrolments.PASSWORD, "en")).block(WAIT);
        assertThat(joined.roles()).containsExactly(Role.FIRM_ADMIN);
        assertThat(joined.firmId()).isEqualTo(firm.id());
        assertThat(joined.username()).as("usernames are lower case").isEqualTo(joined.username().toLowerCase());
        assertThat(joined.email()).isEqualTo(email);
        assertThat(accounts.authenticate(joined.username(), Enrolments.PASSWORD).blockOptional(WAIT)).isPresent();
        assertThatThrownBy(() -> acceptance.accept(token, new Joining("again" + System.nanoTime() % 100000,
                "Again", Enrolments.PASSWORD, "en")).block(WAIT)).isInstanceOf(LinkUnusable.class);
        assertThat(invitations.find(actors.staff(), issued.invitation().id()).block(WAIT).acceptedAt()).isNotNull();
    }

    @Test
    void a_firm_admin_invites_colleagues_to_their_own_firm_as_member_or_admin_only() {
        MemberFirm firm = enrolments.firm("admin");
        Actor admin = enrolments.person(firm.id(), Role.FIRM_ADMIN).asActor();
        Actor member = enrolments.person(firm.id()).asActor();
        MemberFirm other = enrolments.firm("other");
        InvitationDraft asLeader = new InvitationDraft(unique(), List.of(Role.CHAIN_LEADER), "zh-CN");
        assertThatThrownBy(() -> invitations.invite(admin, firm.id(), asLeader).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.messageKey())
                        .containsExactly("roles[0] firm.role.not-grantable"));
        InvitationDraft colleague = new InvitationDraft(unique(), List.of(Role.MEMBER), "zh-CN");
        assertThatThrownBy(() -> invitations.invite(admin, other.id(), colleague).block(WAIT))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> invitations.invite(member, firm.id(), colleague).block(WAIT))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> invitations.ofFirm(admin, other.id()).collectList().block(WAIT))
                .isInstanceOf(NotPermitted.class);
        IssuedInvitation issued = invitations.invite(admin, firm.id(), colleague).block(WAIT);
        assertThat(invitations.ofFirm(admin, firm.id()).map(Invitation::id).collectList().block(WAIT))
                .contains(issued.invitation().id());
        assertThatThrownBy(() -> invitations.find(enrolmentsAdminOf(other), issued.invitation().id()).block(WAIT))
                .isInstanceOf(InvitationNotFound.class);
        assertThatThrownBy(() -> invitations.invite(admin, firm.id(), colleague).block(WAIT))
                .as("one open invitation per address").isInstanceOf(EmailInUse.class);
    }

    @Test
    void expired_revoked_and_replaced_links_stop_working() {
        MemberFirm firm = enrolments.firm("links");
        String email = unique();
        IssuedInvitation first = invitations.invite(actors.staff(), firm.id(),
                new InvitationDraft(email, List.of(Role.MEMBER), "zh-CN")).block(WAIT);
        db.sql("update invitation set expires_at = now() - interval '1 hour', sent_at = now() - interval '2 hours',"
                        + " created_at = now() - interval '2 hours' where id = :id")
                .bind("id", first.invitation().id()).then().block(WAIT);
        assertThatThrownBy(() -> acceptance.open(token(first.link())).block(WAIT)).isInstanceOf(LinkUnusable.class);

        IssuedInvitation second = invitations.resend(actors.staff(), first.invitation().id()).block(WAIT);
        assertThat(second.invitation().sentCount()).isEqualTo(2);
        assertThat(acceptance.open(token(second.link())).block(WAIT).id()).isEqualTo(first.invitation().id());
        assertThat(mailsTo(email, "邀请")).hasSize(2);

        invitations.revoke(actors.staff(), first.invitation().id()).block(WAIT);
        assertThatThrownBy(() -> acceptance.open(token(second.link())).block(WAIT)).isInstanceOf(LinkUnusable.class);
        assertThatThrownBy(() -> invitations.revoke(actors.staff(), first.invitation().id()).block(WAIT))
                .isInstanceOf(InvitationNotPending.class);
        assertThatThrownBy(() -> acceptance.open("x".repeat(5000)).block(WAIT)).isInstanceOf(LinkUnusable.class);
    }

    @Test
    void a_common_password_or_one_like_the_persons_own_names_is_refused_with_its_reason() {
        MemberFirm firm = enrolments.firm("weak");
        IssuedInvitation issued = invitations.invite(actors.staff(), firm.id(),
                new InvitationDraft(unique(), List.of(Role.MEMBER), "zh-CN")).block(WAIT);
        String token = token(issued.link());
        assertThat(problem(token, new Joining("weakling" + System.nanoTime() % 100000, "王芳", "password1234",
                "zh-CN"))).isEqualTo("password password.problem.common");
        assertThat(problem(token, new Joining("wangfang" + System.nanoTime() % 100000, "Wang Fang Zhou",
                "wangfangzhou2024!", "zh-CN"))).isEqualTo("password password.problem.similar-to-account");
        assertThat(problem(token, new Joining("ab", "王芳", Enrolments.PASSWORD, "fr")))
                .isEqualTo("username account.username.invalid");
    }

    @Test
    void a_link_opened_twice_at_once_makes_one_account() {
        MemberFirm firm = enrolments.firm("race");
        IssuedInvitation issued = invitations.invite(actors.staff(), firm.id(),
                new InvitationDraft(unique(), List.of(Role.MEMBER), "zh-CN")).block(WAIT);
        String token = token(issued.link());
        long n = System.nanoTime() % 100000;
        List<Boolean> outcomes = Flux.range(0, 2)
                .flatMap(i -> Mono.defer(() -> acceptance.accept(token,
                                        new Joining("race" + n + "x" + i, "Racer " + i, Enrolments.PASSWORD, "en")))
                                .map(user -> true)
                                .onErrorResume(LinkUnusable.class, e -> Mono.just(false))
                                .onErrorResume(EmailInUse.class, e -> Mono.just(false))
                                .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(WAIT);
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(accounts.usersOfFirm(actors.staff(), firm.id()).count().block(WAIT)).isEqualTo(1);
    }

    @Test
    void without_a_working_mail_server_the_inviter_gets_the_link_to_pass_on() {
        MemberFirm firm = enrolments.firm("nomail");
        stopSmtp();
        try {
            IssuedInvitation issued = invitations.invite(actors.staff(), firm.id(),
                    new InvitationDraft(unique(), List.of(Role.FIRM_ADMIN), "zh-CN")).block(WAIT);
            assertThat(issued.mailed()).isFalse();
            assertThat(acceptance.open(token(issued.link())).block(WAIT).id()).isEqualTo(issued.invitation().id());
        } finally {
            restartSmtp();
        }
    }

    @Test
    void an_address_that_has_an_account_already_is_not_invited() {
        MemberFirm firm = enrolments.firm("taken");
        UserAccount existing = enrolments.person(firm.id());
        assertThatThrownBy(() -> invitations.invite(actors.staff(), firm.id(),
                new InvitationDraft(existing.email().toUpperCase(), List.of(Role.MEMBER), "zh-CN")).block(WAIT))
                .isInstanceOf(EmailInUse.class);
    }

    private Actor enrolmentsAdminOf(MemberFirm firm) {
        return enrolments.person(firm.id(), Role.FIRM_ADMIN).asActor();
    }

    private String problem(String token, Joining joining) {
        try {
            acceptance.accept(token, joining).block(WAIT);
            return "accepted";
        } catch (InvalidInput e) {
            return e.problems().getFirst().field() + " " + e.problems().getFirst().messageKey();
        }
    }

    private static String unique() {
        return "person" + System.nanoTime() + "@firm.test";
    }

    private static String token(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a link in " + text).isTrue();
        return m.group(1);
    }
}
