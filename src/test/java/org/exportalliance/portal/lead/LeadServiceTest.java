package org.exportalliance.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

@PortalTest
class LeadServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired LeadService leads;
    @Autowired FirmService firms;
    @Autowired AuditService audit;
    @Autowired Actors actors;
    @Autowired Members members;
    @Autowired DatabaseClient db;

    @Test
    void a_private_lead_is_seen_by_its_own_firm_and_staff_and_by_nobody_else() {
        Actor member = actors.member();
        String name = Leads.uniqueName();
        Lead lead = leads.create(member, Leads.draft(name, "IT", Visibility.PRIVATE)).block(WAIT).lead();

        assertThat(leads.find(member, lead.id()).block(WAIT).lead().companyName()).isEqualTo(name);
        assertThat(leads.find(actors.staff(), lead.id()).block(WAIT).lead().id()).isEqualTo(lead.id());
        StepVerifier.create(leads.find(actors.member2(), lead.id())).expectError(LeadNotFound.class).verify(WAIT);
        assertThat(leads.search(actors.member2(), filterText(name), LeadPage.of(0, 50)).collectList().block(WAIT))
                .isEmpty();
        assertThat(leads.search(member, filterText(name), LeadPage.of(0, 50)).collectList().block(WAIT))
                .extracting(row -> row.lead().id()).containsExactly(lead.id());
    }

    @Test
    void a_chain_leader_broadcasts_to_the_alliance_and_every_member_sees_it() {
        String name = Leads.uniqueName();
        Lead lead = leads.create(actors.of("leader"), Leads.draft(name, "DE", Visibility.ALLIANCE)).block(WAIT).lead();

        assertThat(leads.search(actors.member2(), filterText(name), LeadPage.of(0, 50)).collectList().block(WAIT))
                .extracting(row -> row.lead().id()).containsExactly(lead.id());
        // Shares are the owner's business.
        assertThat(leads.find(actors.member2(), lead.id()).block(WAIT).lead().shareFirms()).isEmpty();
    }

    @Test
    void an_ordinary_member_shares_with_the_alliance_only_when_staff_allow_it() {
        Actor member = actors.member();
        LeadPolicy before = leads.policy().block(WAIT);
        try {
            leads.setPolicy(actors.staff(), new LeadPolicy(false, before.claimWindowDays())).block(WAIT);
            StepVerifier.create(leads.create(member, Leads.draft(Leads.uniqueName(), "FR", Visibility.ALLIANCE)))
                    .expectError(AllianceSharingNotPermitted.class).verify(WAIT);

            leads.setPolicy(actors.staff(), new LeadPolicy(true, before.claimWindowDays())).block(WAIT);
            assertThat(leads.create(member, Leads.draft(Leads.uniqueName(), "FR", Visibility.ALLIANCE)).block(WAIT)
                    .lead().visibility()).isEqualTo(Visibility.ALLIANCE);
        } finally {
            leads.setPolicy(actors.staff(), before).block(WAIT);
        }
    }

    @Test
    void only_staff_set_the_policy_and_the_window_stays_within_bounds() {
        StepVerifier.create(leads.setPolicy(actors.member(), new LeadPolicy(true, 90)))
                .expectError(org.exportalliance.portal.platform.refusal.NotPermitted.class).verify(WAIT);
        StepVerifier.create(leads.setPolicy(actors.staff(), new LeadPolicy(false, 3)))
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(FieldProblem::field).containsExactly("claimWindowDays"))
                .verify(WAIT);
    }

    @Test
    void a_selected_lead_reaches_chosen_firms_and_firms_making_chosen_categories_only() {
        Actor owner = members.newFirm("own").block(WAIT);
        Actor chosen = members.newFirm("cho").block(WAIT);
        Actor maker = members.newFirm("mak", Role.MEMBER, Role.FIRM_ADMIN).block(WAIT);
        Actor outsider = members.newFirm("out").block(WAIT);
        firms.setCategories(maker, maker.firmId(), Set.of("NONWOVENS")).block(WAIT);
        String name = Leads.uniqueName();

        Lead lead = leads.create(owner, Leads.sharedWith(Leads.draft(name, "TR", Visibility.SELECTED),
                Set.of(chosen.firmId()), Set.of("NONWOVENS"))).block(WAIT).lead();

        assertThat(lead.shareFirms()).containsExactly(chosen.firmId());
        assertThat(lead.shareCategories()).containsExactly("NONWOVENS");
        for (Actor seer : List.of(owner, chosen, maker)) {
            assertThat(leads.search(seer, filterText(name), LeadPage.of(0, 10)).collectList().block(WAIT))
                    .as(seer.username()).hasSize(1);
        }
        assertThat(leads.search(outsider, filterText(name), LeadPage.of(0, 10)).collectList().block(WAIT)).isEmpty();
        StepVerifier.create(leads.find(outsider, lead.id())).expectError(LeadNotFound.class).verify(WAIT);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        String name = Leads.uniqueName();
        LeadDraft bad = new LeadDraft(name, "XX", null, "not a site",
                List.of(new ContactDraft("", null, "marco@", "12", null, "+1"), new ContactDraft("Ok", null,
                        "ok@example.com", null, "w".repeat(65), null)),
                Set.of("TELEPORTERS"), new BigDecimal("-5.123"), "ZZZ", null, null, "x".repeat(4001),
                Visibility.SELECTED, Set.of(), Set.of());

        StepVerifier.create(leads.create(actors.member(), bad))
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
                        .contains("country", "website", "contacts[0].name", "contacts[0].email", "contacts[0].phone",
                                "contacts[0].whatsapp", "contacts[1].wechat", "categories", "estimatedValue",
                                "currency", "source", "notes", "visibility"))
                .verify(WAIT);
        assertThat(db.sql("select count(*) from lead where company_name = :n").bind("n", name)
                .map(row -> row.get(0, Long.class)).one().block(WAIT)).isZero();
    }

    @Test
    void phones_are_kept_in_e164_and_every_reveal_is_audited() {
        Actor member = actors.member();
        LeadDraft draft = Leads.withContact(Leads.draft(Leads.uniqueName(), "IT", Visibility.PRIVATE),
                new ContactDraft("Marco Rossi", "Buyer", "marco@tessitura-example.it", "031 555 0123", "wx_marco",
                        "0039 333 123 4567"));
        Lead lead = leads.create(member, draft).block(WAIT).lead();

        List<Contact> contacts = leads.reveal(member, lead.id()).block(WAIT);

        assertThat(contacts).singleElement().satisfies(c -> {
            assertThat(c.phone()).isEqualTo("+390315550123");
            assertThat(c.whatsapp()).isEqualTo("+393331234567");
            assertThat(c.email()).isEqualTo("marco@tessitura-example.it");
        });
        leads.reveal(actors.staff(), lead.id()).block(WAIT);
        assertThat(audit.countFor(LeadService.TOPIC, lead.id()).block(WAIT)).isEqualTo(3); // created + 2 reveals
    }

    @Test
    void an_edit_needs_the_version_read_and_the_owner_firm() {
        Actor member = actors.member();
        Lead lead = leads.create(member, Leads.draft(Leads.uniqueName(), "ES", Visibility.PRIVATE)).block(WAIT).lead();
        LeadDraft renamed = Leads.draft(Leads.uniqueName(), "ES", Visibility.PRIVATE, "KNITTING");

        Lead saved = leads.update(member, lead.id(), lead.version(), renamed).block(WAIT).lead();

        assertThat(saved.categories()).containsExactly("KNITTING");
        assertThat(saved.version()).isEqualTo(lead.version() + 1);
        StepVerifier.create(leads.update(member, lead.id(), lead.version(), renamed))
                .expectError(org.exportalliance.portal.platform.refusal.ChangedConcurrently.class).verify(WAIT);
        StepVerifier.create(leads.update(actors.member2(), lead.id(), saved.version(), renamed))
                .expectError(LeadNotFound.class).verify(WAIT);
    }

    @Test
    void the_same_buyer_entered_twice_by_two_firms_is_one_buyer() {
        String name = Leads.uniqueName();
        Lead first = leads.create(actors.member(), Leads.draft(name + " S.p.A.", "IT", Visibility.PRIVATE))
                .block(WAIT).lead();
        Lead second = leads.create(actors.member2(), Leads.draft(name.toUpperCase() + " SPA", "IT",
                Visibility.PRIVATE)).block(WAIT).lead();

        assertThat(second.buyerId()).isEqualTo(first.buyerId());
        UUID other = leads.create(actors.member2(), Leads.draft(Leads.uniqueName(), "IT", Visibility.PRIVATE))
                .block(WAIT).lead().buyerId();
        assertThat(other).isNotEqualTo(first.buyerId());
    }

    @Test
    void a_currency_without_a_value_is_dropped_rather_than_refused_by_the_database() {
        LeadDraft d = Leads.draft(Leads.uniqueName(), "IT", Visibility.PRIVATE);
        LeadDraft withCurrency = new LeadDraft(d.companyName(), d.country(), d.city(), d.website(), d.contacts(),
                d.categories(), null, "USD", d.source(), d.fairId(), d.notes(), d.visibility(), d.shareFirms(),
                d.shareCategories());

        Lead lead = leads.create(actors.member(), withCurrency).block(WAIT).lead();

        assertThat(lead.estimatedValue()).isNull();
        assertThat(lead.currency()).isNull();
    }

    @Test
    void a_company_name_without_letters_or_digits_is_refused_on_its_field() {
        StepVerifier.create(leads.create(actors.member(), Leads.draft("!!! —", "IT", Visibility.PRIVATE)))
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("companyName", "lead.validation.company-name")))
                .verify(WAIT);
    }

    private static LeadFilter filterText(String text) {
        return new LeadFilter(null, null, null, text, false);
    }
}
