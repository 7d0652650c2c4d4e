package org.exportalliance.portal.firm.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.ApiToken;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.session.UserSessions;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class MembershipServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired MembershipService members;
    @Autowired java.time.Clock clock;
    @Autowired Enrolments enrolments;
    @Autowired Actors actors;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService tokens;
    @Autowired UserSessions sessions;
    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired FairService fairs;
    @Autowired DelegationService delegations;

    @Test
    void staff_enrol_a_firm_with_its_credit_code_contact_and_categories() {
        MemberDraft draft = Enrolments.draft("enrol", FirmKind.SERVICE_PROVIDER);
        MemberDraft withCategories = new MemberDraft(draft.nameZh(), draft.nameEn(), draft.kind(), "CORE", "嵊州",
                List.of("WEAVING", "KNITTING"), draft.creditCode().toLowerCase(), draft.contactName(),
                draft.contactPhone(), draft.contactEmail(), draft.joinedOn());
        MemberFirm firm = members.enrol(actors.staff(), withCategories).block(WAIT);
        assertThat(firm.creditCode()).as("stored normalised").isEqualTo(draft.creditCode());
        assertThat(firm.kind()).isEqualTo(FirmKind.SERVICE_PROVIDER);
        assertThat(firm.categories()).containsExactlyInAnyOrder("WEAVING", "KNITTING");
        assertThat(firm.membership()).isEqualTo(Membership.ACTIVE);
        assertThat(members.find(actors.staff(), firm.id()).block(WAIT)).isEqualTo(firm);
    }

    @Test
    void every_problem_of_an_entry_is_named_by_its_field() {
        MemberDraft good = Enrolments.draft("bad", FirmKind.MEMBER);
        String wrongCheck = good.creditCode().substring(0, 17)
                + (good.creditCode().endsWith("0") ? "1" : "0");
        MemberDraft bad = new MemberDraft(" ", "x".repeat(201), FirmKind.ASSOCIATION, "GOLD", "城\u0000",
                Arrays.asList("WEAVING", null, "NO_SUCH", "WEAVING"), wrongCheck, null, "call me", "not-an-email",
                // Tomorrow by the portal's clock (its zone is the association's, not the machine's).
                java.time.LocalDate.now(clock).plusDays(1));
        assertThatThrownBy(() -> members.enrol(actors.staff(), bad).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.messageKey())
                        .containsExactlyInAnyOrder(
                                "nameZh validation.required",
                                "nameEn validation.too-long.200",
                                "kind firm.kind.not-enrollable",
                                "tier validation.bad-value",
                                "city validation.control-characters",
                                "categories[1] validation.null-item",
                                "categories[2] firm.category.unknown",
                                "categories[3] firm.category.duplicate",
                                "creditCode firm.credit-code.bad-check-character",
                                "contactName validation.required",
                                "contactPhone firm.contact-phone.invalid",
                                "contactEmail validation.email",
                                "joinedOn firm.joined-on.range"));
    }

    @Test
    void a_credit_code_belongs_to_one_firm_and_only_staff_keep_the_register() {
        MemberFirm first = enrolments.firm("dup");
        MemberDraft again = Enrolments.draft("dup2", FirmKind.MEMBER);
        MemberDraft sameCode = new MemberDraft(again.nameZh(), again.nameEn(), again.kind(), again.tier(),
                again.city(), again.categories(), first.creditCode(), again.contactName(), again.contactPhone(),
                again.contactEmail(), again.joinedOn());
        assertThatThrownBy(() -> members.enrol(actors.staff(), sameCode).block(WAIT))
                .isInstanceOf(CreditCodeTaken.class);
        assertThatThrownBy(() -> members.enrol(actors.member(), again).block(WAIT)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> members.list(actors.of("firmadmin"), null, null, 0, 10).collectList().block(WAIT))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void an_edit_from_an_old_version_is_refused() {
        MemberFirm firm = enrolments.firm("edit");
        MemberDraft draft = Enrolments.draft("edit2", FirmKind.CHAIN_LEADER);
        MemberFirm edited = members.edit(actors.staff(), firm.id(), firm.version(), draft).block(WAIT);
        assertThat(edited.kind()).isEqualTo(FirmKind.CHAIN_LEADER);
        assertThat(edited.version()).isGreaterThan(firm.version());
        assertThatThrownBy(() -> members.edit(actors.staff(), firm.id(), firm.version(), draft).block(WAIT))
                .isInstanceOf(ChangedConcurrently.class);
    }

    @Test
    void suspending_signs_people_out_revokes_tokens_ends_claims_and_frees_places_then_reinstating_lets_them_in() {
        MemberFirm leaving = enrolments.firm("leaving");
        UserAccount person = enrolments.person(leaving.id());
        MemberFirm staying = enrolments.firm("staying");
        UserAccount other = enrolments.person(staying.id());
        ApiToken token = tokens.issue(person.asActor(), "erp").block(WAIT);
        UUID session = sessions.open(person.id(), "test", "127.0.0.1").block(WAIT);
        Claim claim = claims.claim(person.asActor(), leads.create(actors.of("leader"),
                        Leads.draft(Leads.uniqueName(), "IT", Visibility.ALLIANCE, "WEAVING")).block(WAIT).lead().id(),
                Set.of("WEAVING")).block(WAIT);
        Delegation delegation = Delegations.open(fairs, delegations, actors.staff(), 1, "20", 4,
                AllocationPolicy.FIFO);
        DelegationApplication placed = delegations.apply(person.asActor(), delegation.id(),
                Delegations.application(1, "10")).block(WAIT);
        DelegationApplication waiting = delegations.apply(other.asActor(), delegation.id(),
                Delegations.application(1, "10")).block(WAIT);
        assertThat(placed.status().holdsPlace()).isTrue();
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.WAITLISTED);

        List<ConsequenceLine> preview = members.consequences(actors.staff(), leaving.id()).block(WAIT);
        assertThat(preview).extracting(l -> l.messageKey() + "=" + l.count()).contains(
                "firm.consequence.people-signed-out=1", "firm.consequence.claims-end=1",
                "firm.consequence.places-released=1", "firm.consequence.applications-withdrawn=0");

        assertThatThrownBy(() -> members.change(actors.staff(), leaving.id(), MembershipChange.SUSPEND, " ")
                .block(WAIT)).isInstanceOf(InvalidInput.class);
        MemberFirm suspended = members.change(actors.staff(), leaving.id(), MembershipChange.SUSPEND, "会费未缴")
                .block(WAIT);
        assertThat(suspended.membership()).isEqualTo(Membership.SUSPENDED);
        assertThat(accounts.authenticate(person.username(), Enrolments.PASSWORD).blockOptional(WAIT)).isEmpty();
        assertThat(tokens.authenticate(token.secret()).blockOptional(WAIT)).isEmpty();
        assertThat(sessions.isLive(session).block(WAIT)).isFalse();
        assertThat(claims.find(actors.staff(), claim.id()).block(WAIT).status()).isEqualTo(ClaimStatus.RELEASED);
        assertThat(delegations.application(actors.staff(), placed.id()).block(WAIT).status())
                .isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(delegations.application(actors.staff(), waiting.id()).block(WAIT).status().holdsPlace())
                .as("the freed place went to the waitlist").isTrue();
        assertThat(accounts.authenticate(other.username(), Enrolments.PASSWORD).blockOptional(WAIT))
                .as("other firms are untouched").isPresent();

        assertThatThrownBy(() -> members.change(actors.staff(), leaving.id(), MembershipChange.SUSPEND, "again")
                .block(WAIT)).isInstanceOf(MembershipNotChangeable.class);
        members.change(actors.staff(), leaving.id(), MembershipChange.REINSTATE, null).block(WAIT);
        assertThat(accounts.authenticate(person.username(), Enrolments.PASSWORD).blockOptional(WAIT)).isPresent();
        assertThat(tokens.authenticate(token.secret()).blockOptional(WAIT)).as("revoked tokens stay revoked")
                .isEmpty();
    }

    @Test
    void the_association_cannot_be_suspended_or_ended() {
        UUID association = actors.staff().firmId();
        for (MembershipChange change : List.of(MembershipChange.SUSPEND, MembershipChange.END)) {
            assertThatThrownBy(() -> members.change(actors.staff(), association, change, "no").block(WAIT))
                    .isInstanceOf(MembershipNotChangeable.class);
        }
        assertThat(accounts.authenticate("staff", "demo1234").blockOptional(WAIT)).isPresent();
    }

    @Test
    void ending_a_membership_keeps_the_firm_in_the_register_under_ended() {
        MemberFirm firm = enrolments.firm("ended");
        members.change(actors.staff(), firm.id(), MembershipChange.END, "转产").block(WAIT);
        List<UUID> ended = new ArrayList<>(members.list(actors.staff(), Membership.ENDED, null, 0, 500)
                .map(MemberFirm::id).collectList().block(WAIT));
        assertThat(ended).contains(firm.id());
        assertThat(members.list(actors.staff(), null, firm.creditCode(), 0, 10).map(MemberFirm::id)
                .collectList().block(WAIT)).containsExactly(firm.id());
    }
}
