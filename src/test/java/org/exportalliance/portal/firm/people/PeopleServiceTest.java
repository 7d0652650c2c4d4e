package org.exportalliance.portal.firm.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiToken;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.session.UserSessions;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@PortalTest
class PeopleServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired PeopleService people;
    @Autowired MembershipService members;
    @Autowired Enrolments enrolments;
    @Autowired Actors actors;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService tokens;
    @Autowired UserSessions sessions;

    @Test
    void a_firm_keeps_its_last_active_admin() {
        MemberFirm firm = enrolments.firm("last");
        UserAccount admin = enrolments.person(firm.id(), Role.FIRM_ADMIN);
        assertThatThrownBy(() -> people.setRoles(actors.staff(), admin.id(), List.of(Role.MEMBER)).block(WAIT))
                .isInstanceOf(LastAdmin.class);
        assertThatThrownBy(() -> people.deactivate(actors.staff(), admin.id()).block(WAIT))
                .isInstanceOf(LastAdmin.class);
        UserAccount second = enrolments.person(firm.id(), Role.FIRM_ADMIN);
        assertThat(people.setRoles(actors.staff(), admin.id(), List.of(Role.MEMBER)).block(WAIT).roles())
                .containsExactly(Role.MEMBER);
        assertThatThrownBy(() -> people.deactivate(actors.staff(), second.id()).block(WAIT))
                .isInstanceOf(LastAdmin.class);
    }

    @RepeatedTest(3)
    void two_admins_demoting_each_other_at_once_leave_one_admin() {
        MemberFirm firm = enrolments.firm("race");
        UserAccount a = enrolments.person(firm.id(), Role.FIRM_ADMIN);
        UserAccount b = enrolments.person(firm.id(), Role.FIRM_ADMIN);
        List<String> outcomes = Flux.just(a.asActor().userId(), b.asActor().userId())
                .flatMap(target -> Mono.defer(() -> people.setRoles((target.equals(a.id()) ? b : a).asActor(),
                                target, List.of(Role.MEMBER)))
                        .map(u -> "demoted")
                        .onErrorResume(LastAdmin.class, e -> Mono.just("refused"))
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(WAIT);
        assertThat(outcomes).containsExactlyInAnyOrder("demoted", "refused");
        assertThat(accounts.usersOfFirm(actors.staff(), firm.id())
                .filter(u -> u.roles().contains(Role.FIRM_ADMIN)).count().block(WAIT)).isEqualTo(1);
    }

    @Test
    void a_firm_admin_manages_only_their_own_firm_and_grants_only_member_or_admin() {
        MemberFirm firm = enrolments.firm("own");
        Actor admin = enrolments.person(firm.id(), Role.FIRM_ADMIN).asActor();
        UserAccount colleague = enrolments.person(firm.id());
        MemberFirm other = enrolments.firm("notown");
        UserAccount stranger = enrolments.person(other.id(), Role.FIRM_ADMIN);
        UserAccount strangerMember = enrolments.person(other.id());

        assertThat(people.setRoles(admin, colleague.id(), List.of(Role.MEMBER, Role.FIRM_ADMIN)).block(WAIT).roles())
                .containsExactlyInAnyOrder(Role.MEMBER, Role.FIRM_ADMIN);
        assertThatThrownBy(() -> people.setRoles(admin, colleague.id(), List.of(Role.CHAIN_LEADER)).block(WAIT))
                .isInstanceOf(InvalidInput.class);
        for (UUID target : List.of(stranger.id(), strangerMember.id())) {
            assertThatThrownBy(() -> people.person(admin, target).block(WAIT)).isInstanceOf(PersonNotFound.class);
            assertThatThrownBy(() -> people.setRoles(admin, target, List.of(Role.MEMBER)).block(WAIT))
                    .isInstanceOf(PersonNotFound.class);
            assertThatThrownBy(() -> people.deactivate(admin, target).block(WAIT))
                    .isInstanceOf(PersonNotFound.class);
            assertThatThrownBy(() -> people.reactivate(admin, target).block(WAIT))
                    .isInstanceOf(PersonNotFound.class);
        }
        assertThatThrownBy(() -> people.people(admin, other.id()).collectList().block(WAIT))
                .isInstanceOf(NotPermitted.class);
        UserAccount third = enrolments.person(firm.id());
        assertThatThrownBy(() -> people.deactivate(enrolments.person(firm.id()).asActor(), third.id()).block(WAIT))
                .as("members manage nobody").isInstanceOf(PersonNotFound.class);
    }

    @Test
    void only_staff_grant_chain_leader_and_only_in_a_chain_leader_firm() {
        MemberFirm memberFirm = enrolments.firm("nolead");
        UserAccount person = enrolments.person(memberFirm.id());
        assertThatThrownBy(() -> people.setRoles(actors.staff(), person.id(), List.of(Role.CHAIN_LEADER)).block(WAIT))
                .isInstanceOf(InvalidInput.class);
        MemberFirm leaderFirm = members.enrol(actors.staff(), Enrolments.draft("lead", FirmKind.CHAIN_LEADER))
                .block(WAIT);
        UserAccount leader = enrolments.person(leaderFirm.id());
        assertThat(people.setRoles(actors.staff(), leader.id(), List.of(Role.MEMBER, Role.CHAIN_LEADER)).block(WAIT)
                .roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.CHAIN_LEADER);
        UserAccount admin = enrolments.person(leaderFirm.id(), Role.FIRM_ADMIN);
        assertThat(people.setRoles(admin.asActor(), leader.id(), List.of(Role.FIRM_ADMIN)).block(WAIT).roles())
                .as("what an admin may not grant stays").containsExactlyInAnyOrder(Role.FIRM_ADMIN, Role.CHAIN_LEADER);
    }

    @Test
    void deactivating_ends_sessions_and_tokens_at_once_and_reactivating_restores_only_the_sign_in() {
        MemberFirm firm = enrolments.firm("deact");
        Actor admin = enrolments.person(firm.id(), Role.FIRM_ADMIN).asActor();
        UserAccount person = enrolments.person(firm.id());
        ApiToken token = tokens.issue(person.asActor(), "erp").block(WAIT);
        UUID session = sessions.open(person.id(), "test", "127.0.0.1").block(WAIT);
        assertThatThrownBy(() -> people.deactivate(admin, admin.userId()).block(WAIT))
                .as("not oneself").isInstanceOf(NotPermitted.class);
        people.deactivate(admin, person.id()).block(WAIT);
        assertThat(sessions.isLive(session).block(WAIT)).isFalse();
        assertThat(tokens.authenticate(token.secret()).blockOptional(WAIT)).isEmpty();
        assertThat(accounts.authenticate(person.username(), Enrolments.PASSWORD).blockOptional(WAIT)).isEmpty();
        people.reactivate(admin, person.id()).block(WAIT);
        assertThat(accounts.authenticate(person.username(), Enrolments.PASSWORD).blockOptional(WAIT)).isPresent();
        assertThat(tokens.authenticate(token.secret()).blockOptional(WAIT)).isEmpty();
    }
}
