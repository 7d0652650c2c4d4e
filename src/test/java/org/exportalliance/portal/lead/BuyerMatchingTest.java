package org.exportalliance.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The documented thresholds (docs/leads.md, {@link BuyerMatch}) against the near-duplicates members really type. Each
 * test asks how a variant matches one known buyer, so other buyers in the shared database do not matter.
 */
@PortalTest
class BuyerMatchingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired BuyerMatching matching;
    @Autowired LeadService leads;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    private Lead known;
    private String domain;
    private String phoneDigits;

    @BeforeEach
    void a_known_buyer() {
        domain = "tessitura-rossi-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + ".it";
        phoneDigits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        LeadDraft draft = Leads.withWebsite(Leads.withContact(
                Leads.draft("Tessitura Rossi S.p.A.", "IT", Visibility.PRIVATE),
                new org.exportalliance.portal.lead.ContactDraft("Marco Rossi", null, "marco@" + domain,
                        "+39 031 " + phoneDigits, null, null)), "https://www." + domain);
        known = leads.create(actors.member(), draft).block(WAIT).lead();
    }

    @Test
    void the_same_name_in_capitals_without_the_dots_is_the_same_buyer() {
        BuyerMatch match = against(identity("TESSITURA ROSSI SPA", "IT", Set.of(), Set.of()));

        assertThat(match.nameScore()).isEqualTo(1.0);
        assertThat(match.sameBuyer()).isTrue();
        assertThat(match.reasons()).containsExactly("NAME");
    }

    @Test
    void a_shared_company_domain_is_the_same_buyer_whatever_the_name() {
        BuyerMatch match = against(identity("TRS Textiles", "IT", Set.of(domain), Set.of()));

        assertThat(match.sameBuyer()).isTrue();
        assertThat(match.reasons()).containsExactly("DOMAIN");
    }

    @Test
    void a_reformatted_phone_number_is_the_same_buyer() {
        String retyped = PhoneNumbers.e164("0039-031-" + phoneDigits, "IT").orElseThrow();

        BuyerMatch match = against(identity("Rossi Weaving Mill", "IT", Set.of(), Set.of(retyped)));

        assertThat(match.samePhone()).isTrue();
        assertThat(match.sameBuyer()).isTrue();
    }

    @Test
    void a_longer_variant_of_the_name_conflicts_without_being_merged() {
        BuyerMatch match = against(identity("Tessitura Rossi Como S.r.l.", "IT", Set.of(), Set.of()));

        assertThat(match.nameScore()).isBetween(BuyerMatch.SIMILAR_NAME, BuyerMatch.SAME_NAME);
        assertThat(match.sameBuyer()).isFalse();
        assertThat(match.conflicts()).isTrue();
    }

    @Test
    void another_weaver_of_the_same_town_does_not_match_and_neither_does_the_name_abroad() {
        assertThat(matches(identity("Tessitura Bianchi S.p.A.", "IT", Set.of(), Set.of())))
                .noneMatch(m -> m.buyerId().equals(known.buyerId()) && m.conflicts());
        assertThat(matches(identity("Tessitura Rossi", "BR", Set.of(), Set.of())))
                .noneMatch(m -> m.buyerId().equals(known.buyerId()) && m.conflicts());
    }

    @Test
    void a_name_less_similar_than_a_conflict_needs_is_not_even_a_candidate() {
        String name = BuyerNames.normalise("Tessitura Bianchi S.p.A.");
        // pg_trgm's default threshold (0.3) would have let it through: the shared "tessitura" makes them 0.4 alike.
        assertThat(db.sql("select similarity(:a, :b) as s").bind("a", name).bind("b", BuyerNames.normalise(known.companyName()))
                .map(row -> row.get("s", Float.class)).one().block(WAIT)).isBetween(0.3f, 0.6f);

        assertThat(matches(identity("Tessitura Bianchi S.p.A.", "IT", Set.of(), Set.of())))
                .noneMatch(m -> m.buyerId().equals(known.buyerId()));
    }

    @Test
    void free_mail_is_no_identity() {
        BuyerIdentity identity = BuyerIdentity.of(Leads.withContact(Leads.draft("Somebody Else", "IT",
                Visibility.PRIVATE), new ContactDraft("A", null, "marco.rossi@gmail.com", null, null, null)));

        assertThat(identity.domains()).isEmpty();
    }

    private BuyerMatch against(BuyerIdentity identity) {
        return matches(identity).stream().filter(m -> m.buyerId().equals(known.buyerId())).findFirst()
                .orElseThrow(() -> new AssertionError("no match with the known buyer"));
    }

    private List<BuyerMatch> matches(BuyerIdentity identity) {
        return matching.candidates(identity).collectList().block(WAIT);
    }

    private static BuyerIdentity identity(String name, String country, Set<String> domains, Set<String> phones) {
        return new BuyerIdentity(BuyerNames.normalise(name), country, domains, phones);
    }
}
