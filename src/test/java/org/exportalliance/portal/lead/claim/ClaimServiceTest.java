package org.exportalliance.portal.lead.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.ClaimWindow;
import org.exportalliance.portal.lead.ContactsWithheld;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadCreated;
import org.exportalliance.portal.lead.LeadRow;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

@PortalTest
class ClaimServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired ClaimDecisions decisions;
    @Autowired NotificationService notifications;
    @Autowired AuditService audit;
    @Autowired Actors actors;
    @Autowired Members members;
    @Autowired DatabaseClient db;
    @Autowired java.time.Clock clock;
    @Autowired TransactionalOperator tx;

    @Test
    void a_claim_holds_the_buyer_and_others_see_only_the_blind_signal() {
        Lead lead = allianceLead("WEAVING", "KNITTING");
        Claim claim = claims.claim(actors.member(), lead.id(), Set.of("WEAVING")).block(WAIT);

        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.stage()).isEqualTo(ClaimStage.NEW);
        assertThat(claim.validUntil()).isAfter(claim.validFrom().plusDays(89));
        LeadRow seenByOther = leads.find(actors.member2(), lead.id()).block(WAIT);
        assertThat(seenByOther.holds()).singleElement().satisfies(h -> {
            assertThat(h.category()).isEqualTo("WEAVING");
            assertThat(h.ours()).isFalse();
            assertThat(h.until()).isEqualTo(claim.validUntil());
        });
        assertThat(leads.find(actors.member(), lead.id()).block(WAIT).holds()).singleElement()
                .satisfies(h -> assertThat(h.ours()).isTrue());

        StepVerifier.create(claims.claim(actors.member2(), lead.id(), Set.of("WEAVING", "KNITTING")))
                .expectErrorSatisfies(e -> {
                    ClaimConflict conflict = (ClaimConflict) e;
                    LocalDate until = ClaimWindow.lastDay(claim.validUntil(), clock.getZone());
                    assertThat(conflict.args()).containsExactly("织造机械", "Weaving", until);
                    assertThat(conflict.extensions()).isEqualTo(Map.of("signals",
                            List.of(Map.of("category", "WEAVING", "until", until.toString()))));
                })
                .verify(WAIT);
        assertThat(claims.conflicts(actors.staff(), 0, 100).collectList().block(WAIT))
                .filteredOn(c -> lead.id().equals(c.leadId()))
                .singleElement().satisfies(c -> {
                    assertThat(c.origin()).isEqualTo("CLAIM");
                    assertThat(c.firmId()).isEqualTo(actors.member2().firmId());
                    assertThat(c.reasons()).contains("NAME");
                });
        StepVerifier.create(leads.reveal(actors.member2(), lead.id())).expectError(ContactsWithheld.class)
                .verify(WAIT);
        assertThat(leads.reveal(actors.member(), lead.id()).block(WAIT)).isNotEmpty();
        // Another category of the same buyer is still free.
        assertThat(claims.claim(actors.member2(), lead.id(), Set.of("KNITTING")).block(WAIT).categories())
                .containsExactly("KNITTING");
        StepVerifier.create(claims.claim(actors.member(), lead.id(), Set.of("WEAVING")))
                .expectError(AlreadyClaimed.class).verify(WAIT);
    }

    @Test
    void of_fifty_firms_claiming_the_same_buyer_and_category_at_once_exactly_one_wins() {
        Lead lead = allianceLead("SPINNING");
        List<Actor> firms = Flux.range(0, 50).concatMap(i -> members.newFirm("race")).collectList().block(WAIT);
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();

        List<Claim> won = Flux.fromIterable(firms)
                .flatMap(firm -> claims.claim(firm, lead.id(), Set.of("SPINNING"))
                        .subscribeOn(Schedulers.parallel())
                        .onErrorResume(ClaimConflict.class, e -> {
                            conflicts.incrementAndGet();
                            return reactor.core.publisher.Mono.empty();
                        })
                        .onErrorResume(e -> {
                            other.incrementAndGet();
                            return reactor.core.publisher.Mono.empty();
                        }), 50)
                .collectList().block(Duration.ofSeconds(60));

        assertThat(won).hasSize(1);
        assertThat(conflicts.get()).isEqualTo(49);
        assertThat(other.get()).isZero();
        assertThat(db.sql("select count(*) from claim_scope where buyer_id = :b and held")
                .bind("b", lead.buyerId()).map(row -> row.get(0, Long.class)).one().block(WAIT)).isEqualTo(1);
    }

    @Test
    void of_twenty_five_firms_on_each_of_two_similar_buyers_exactly_one_wins_and_every_other_gets_the_blind_signal() {
        // Two distinct buyers whose names are similar enough to conflict (0.6 to 0.8), not to be one buyer.
        String name = Leads.uniqueName();
        Lead first = leads.create(actors.of("leader"), Leads.draft(name, "VN", Visibility.ALLIANCE, "WEAVING"))
                .block(WAIT).lead();
        Lead second = leads.create(actors.of("leader"), Leads.draft(name + " Filati", "VN", Visibility.ALLIANCE,
                "WEAVING")).block(WAIT).lead();
        assertThat(second.buyerId()).isNotEqualTo(first.buyerId());
        assertThat(db.sql("select similarity(a.normalised_name, b.normalised_name) from buyer a, buyer b "
                        + "where a.id = :a and b.id = :b")
                .bind("a", first.buyerId()).bind("b", second.buyerId())
                .map(row -> row.get(0, Float.class)).one().block(WAIT))
                .isBetween((float) BuyerMatch.SIMILAR_NAME, 0.79f);
        List<Actor> firms = Flux.range(0, 50).concatMap(i -> members.newFirm("similar")).collectList().block(WAIT);
        AtomicInteger conflicts = new AtomicInteger();
        List<Throwable> other = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        List<Claim> won = Flux.range(0, 50)
                .flatMap(i -> claims.claim(firms.get(i), (i % 2 == 0 ? first : second).id(), Set.of("WEAVING"))
                        .subscribeOn(Schedulers.parallel())
                        .onErrorResume(ClaimConflict.class, e -> {
                            conflicts.incrementAndGet();
                            return reactor.core.publisher.Mono.empty();
                        })
                        .onErrorResume(e -> {
                            other.add(e);
                            return reactor.core.publisher.Mono.empty();
                        }), 50)
                .collectList().block(Duration.ofSeconds(90));

        assertThat(other).isEmpty();
        assertThat(won).hasSize(1);
        assertThat(conflicts.get()).isEqualTo(49);
        assertThat(db.sql("select count(*) from claim_scope where buyer_id in (:a, :b) and held")
                .bind("a", first.buyerId()).bind("b", second.buyerId())
                .map(row -> row.get(0, Long.class)).one().block(WAIT)).isEqualTo(1);
    }

    @Test
    void a_claim_on_a_similar_buyer_waits_for_a_claim_not_yet_committed_and_then_gets_the_blind_signal() {
        String name = Leads.uniqueName();
        Lead first = leads.create(actors.of("leader"), Leads.draft(name, "VN", Visibility.ALLIANCE, "KNITTING"))
                .block(WAIT).lead();
        Lead second = leads.create(actors.of("leader"), Leads.draft(name + " Filati", "VN", Visibility.ALLIANCE,
                "KNITTING")).block(WAIT).lead();
        assertThat(second.buyerId()).isNotEqualTo(first.buyerId());
        Actor a = members.newFirm("open").block(WAIT);
        Actor b = members.newFirm("waits").block(WAIT);
        Sinks.One<Claim> claimedInside = Sinks.one();

        // Firm A's claim is written inside a transaction that stays open a while longer.
        reactor.core.publisher.Mono<Claim> open = tx.transactional(claims.claim(a, first.id(), Set.of("KNITTING"))
                .doOnNext(claimedInside::tryEmitValue)
                .delayUntil(claim -> reactor.core.publisher.Mono.delay(Duration.ofSeconds(2))));
        reactor.core.publisher.Mono<Object> waiting = claimedInside.asMono()
                .then(claims.claim(b, second.id(), Set.of("KNITTING")).<Object>map(c -> c)
                        .onErrorResume(ClaimConflict.class, reactor.core.publisher.Mono::just));

        var outcome = reactor.core.publisher.Mono.zip(open.subscribeOn(Schedulers.parallel()),
                waiting.subscribeOn(Schedulers.parallel())).block(WAIT);

        assertThat(outcome.getT1().firmId()).isEqualTo(a.firmId());
        assertThat(outcome.getT2()).isInstanceOf(ClaimConflict.class);
        assertThat(db.sql("select count(*) from claim_scope where buyer_id in (:a, :b) and held")
                .bind("a", first.buyerId()).bind("b", second.buyerId())
                .map(row -> row.get(0, Long.class)).one().block(WAIT)).isEqualTo(1);
    }

    @Test
    void a_near_duplicate_buyer_entered_by_another_firm_still_conflicts() {
        String name = Leads.uniqueName();
        Lead original = leads.create(actors.of("leader"), Leads.withWebsite(
                Leads.draft(name + " S.p.A.", "IT", Visibility.ALLIANCE), "https://www." + name.replace(' ', '-')
                        .toLowerCase() + ".it/")).block(WAIT).lead();
        claims.claim(actors.member(), original.id(), Set.of("WEAVING")).block(WAIT);

        // Firm B types the same company its own way: the leads share a buyer, and B's save is warned.
        LeadCreated retyped = leads.create(actors.member2(), Leads.draft(name.toUpperCase() + " SPA", "IT",
                Visibility.PRIVATE)).block(WAIT);
        assertThat(retyped.lead().buyerId()).isEqualTo(original.buyerId());
        assertThat(retyped.signals()).extracting(Hold::category).containsExactly("WEAVING");
        StepVerifier.create(claims.claim(actors.member2(), retyped.lead().id(), Set.of("WEAVING")))
                .expectError(ClaimConflict.class).verify(WAIT);

        // A different name on the same web domain is the same buyer too.
        LeadCreated byDomain = leads.create(actors.member2(), Leads.withWebsite(Leads.draft(Leads.uniqueName(),
                "IT", Visibility.PRIVATE), name.replace(' ', '-').toLowerCase() + ".it")).block(WAIT);
        assertThat(byDomain.lead().buyerId()).isEqualTo(original.buyerId());
        assertThat(byDomain.signals()).isNotEmpty();

        // Staff see the conflicts, with the firm that ran into them and why.
        assertThat(claims.conflicts(actors.staff(), 0, 50).collectList().block(WAIT))
                .filteredOn(c -> c.leadId() != null && c.leadId().equals(byDomain.lead().id()))
                .singleElement().satisfies(c -> {
                    assertThat(c.origin()).isEqualTo("CREATE");
                    assertThat(c.firmId()).isEqualTo(actors.member2().firmId());
                    assertThat(c.holderFirmId()).isEqualTo(actors.member().firmId());
                    assertThat(c.reasons()).contains("DOMAIN");
                });
        StepVerifier.create(claims.conflicts(actors.member(), 0, 10)).expectError(NotPermitted.class).verify(WAIT);
    }

    @Test
    void the_pipeline_moves_forward_only_and_lost_needs_a_reason_and_frees_the_buyer() {
        Lead lead = allianceLead("NONWOVENS");
        Claim claim = claims.claim(actors.member(), lead.id(), Set.of("NONWOVENS")).block(WAIT);

        Claim contacted = claims.advance(actors.member(), claim.id(), ClaimStage.CONTACTED, null).block(WAIT);
        assertThat(contacted.stage()).isEqualTo(ClaimStage.CONTACTED);
        StepVerifier.create(claims.advance(actors.member(), claim.id(), ClaimStage.NEW, null))
                .expectError(IllegalStageChange.class).verify(WAIT);
        StepVerifier.create(claims.advance(actors.member2(), claim.id(), ClaimStage.QUOTED, null))
                .expectError(ClaimNotFound.class).verify(WAIT);
        StepVerifier.create(claims.advance(actors.member(), claim.id(), ClaimStage.LOST, " "))
                .expectError(InvalidInput.class).verify(WAIT);

        Claim lost = claims.advance(actors.member(), claim.id(), ClaimStage.LOST, "Chose a German supplier")
                .block(WAIT);
        assertThat(lost.lostReason()).isEqualTo("Chose a German supplier");
        assertThat(claims.claim(actors.member2(), lead.id(), Set.of("NONWOVENS")).block(WAIT).firmId())
                .isEqualTo(actors.member2().firmId());
        assertThat(claims.history(actors.member(), claim.id()).collectList().block(WAIT))
                .extracting(e -> e.kind() + ":" + e.stage())
                .containsExactly("SUBMITTED:NEW", "STAGE:CONTACTED", "STAGE:LOST");
    }

    @Test
    void logged_activity_renews_the_window_and_an_expired_claim_frees_the_buyer_by_itself() {
        Lead lead = allianceLead("BEARINGS_PARTS");
        Claim claim = claims.claim(actors.member(), lead.id(), Set.of("BEARINGS_PARTS")).block(WAIT);
        db.sql("update claim set valid_from = valid_from - interval '100 days', "
                        + "valid_until = now() + interval '1 day' where id = :id")
                .bind("id", claim.id()).then().block(WAIT);

        Claim renewed = claims.logActivity(actors.member(), claim.id(), "Called the buyer about the tender")
                .block(WAIT);
        assertThat(renewed.validUntil()).isAfter(java.time.OffsetDateTime.now().plusDays(80));

        db.sql("update claim set valid_until = now() - interval '1 second' where id = :id")
                .bind("id", claim.id()).then().block(WAIT);
        StepVerifier.create(claims.logActivity(actors.member(), claim.id(), "Too late"))
                .expectError(ClaimNotHeld.class).verify(WAIT);
        assertThat(claims.find(actors.member(), claim.id()).block(WAIT)
                .expired(java.time.OffsetDateTime.now())).isTrue();
        assertThat(claims.claim(actors.member2(), lead.id(), Set.of("BEARINGS_PARTS")).block(WAIT).status())
                .isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void staff_approve_transfer_extend_and_reject_with_reasons_and_the_firms_hear_of_it() {
        Lead lead = allianceLead("DYEING_FINISHING");
        Actor firmA = actors.member();
        Actor staff = actors.staff();
        Claim claim = claims.claim(firmA, lead.id(), Set.of("DYEING_FINISHING")).block(WAIT);

        StepVerifier.create(decisions.approve(firmA, claim.id(), "self-approval"))
                .expectError(NotPermitted.class).verify(WAIT);
        StepVerifier.create(decisions.approve(staff, claim.id(), " "))
                .expectError(InvalidInput.class).verify(WAIT);
        assertThat(decisions.approve(staff, claim.id(), "Met at ITMA").block(WAIT).status())
                .isEqualTo(ClaimStatus.APPROVED);

        LocalDate later = LocalDate.now(clock).plusDays(200);
        Claim extended = decisions.extend(staff, claim.id(), later, "Long tender").block(WAIT);
        assertThat(ClaimWindow.lastDay(extended.validUntil(), clock.getZone())).isEqualTo(later);

        Claim transferred = decisions.transfer(staff, claim.id(), actors.member2().firmId(), "Firm B has the agent")
                .block(WAIT);
        assertThat(transferred.status()).isEqualTo(ClaimStatus.TRANSFERRED);
        Claim successor = claims.list(actors.member2(), true, 0, 50).filter(c -> c.leadId().equals(lead.id()))
                .blockFirst(WAIT);
        assertThat(successor.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(successor.validUntil()).isEqualTo(extended.validUntil());
        assertThat(leads.find(firmA, lead.id()).block(WAIT).othersHolds()).hasSize(1);

        assertThat(decisions.reject(staff, successor.id(), "Duplicate registration").block(WAIT).status())
                .isEqualTo(ClaimStatus.REJECTED);
        assertThat(leads.find(firmA, lead.id()).block(WAIT).holds()).isEmpty();
        assertThat(audit.countFor(ClaimService.TOPIC, claim.id()).block(WAIT)).isGreaterThanOrEqualTo(4);
        assertThat(notifications.recent(actors.member2(), 20).collectList().block(WAIT))
                .extracting(n -> n.messageKey())
                .contains("notify.claim.transferred-to", "notify.claim.rejected");
    }

    @Test
    void staff_cannot_extend_an_expired_claim_over_a_similar_buyer_another_member_holds_since() {
        String name = Leads.uniqueName();
        Lead first = leads.create(actors.of("leader"), Leads.draft(name, "VN", Visibility.ALLIANCE, "NONWOVENS"))
                .block(WAIT).lead();
        Lead second = leads.create(actors.of("leader"), Leads.draft(name + " Filati", "VN", Visibility.ALLIANCE,
                "NONWOVENS")).block(WAIT).lead();
        Actor a = members.newFirm("expired").block(WAIT);
        Actor b = members.newFirm("since").block(WAIT);
        Claim old = claims.claim(a, first.id(), Set.of("NONWOVENS")).block(WAIT);
        db.sql("update claim set valid_from = valid_from - interval '100 days', "
                        + "valid_until = now() - interval '1 second' where id = :id")
                .bind("id", old.id()).then().block(WAIT);
        claims.claim(b, second.id(), Set.of("NONWOVENS")).block(WAIT);

        StepVerifier.create(decisions.extend(actors.staff(), old.id(), LocalDate.now(clock).plusDays(30),
                        "The tender was postponed"))
                .expectError(ClaimConflict.class).verify(WAIT);
        assertThat(db.sql("select count(*) from claim_scope where buyer_id in (:a, :b) and held and during @> now()")
                .bind("a", first.buyerId()).bind("b", second.buyerId())
                .map(row -> row.get(0, Long.class)).one().block(WAIT)).isEqualTo(1);
        // Extending a claim that still holds needs no check: nobody else can hold a matching buyer meanwhile.
        assertThat(decisions.extend(actors.staff(), claims.list(b, true, 0, 10).blockFirst(WAIT).id(),
                LocalDate.now(clock).plusDays(200), "Long tender").block(WAIT).firmId()).isEqualTo(b.firmId());
    }

    @Test
    void a_new_lead_is_saved_and_registered_in_one_call_for_the_categories_nobody_else_holds() {
        String name = Leads.uniqueName();
        Lead shared = allianceLeadNamed(name, "WEAVING", "KNITTING");
        claims.claim(actors.member(), shared.id(), Set.of("WEAVING")).block(WAIT);

        LeadClaimed saved = claims.createAndClaim(actors.member2(), Leads.draft(name.toUpperCase(), "VN",
                Visibility.PRIVATE, "WEAVING", "KNITTING")).block(WAIT);

        assertThat(saved.created().lead().buyerId()).isEqualTo(shared.buyerId());
        assertThat(saved.created().signals()).extracting(Hold::category).containsExactly("WEAVING");
        assertThat(saved.claim().categories()).containsExactly("KNITTING");
        assertThat(saved.claim().leadId()).isEqualTo(saved.created().lead().id());
        assertThat(saved.refused()).isNull();

        // Staff make no claims: their lead is saved all the same, and the refusal comes with it.
        LeadClaimed byStaff = claims.createAndClaim(actors.staff(), Leads.draft(Leads.uniqueName(), "VN",
                Visibility.PRIVATE, "SPINNING")).block(WAIT);
        assertThat(leads.find(actors.staff(), byStaff.created().lead().id()).block(WAIT)).isNotNull();
        assertThat(byStaff.claim()).isNull();
        assertThat(byStaff.refused()).isInstanceOf(NotPermitted.class);
    }

    @Test
    void staff_arbitrate_claims_but_make_none() {
        Lead lead = allianceLead("WEAVING");

        StepVerifier.create(claims.claim(actors.staff(), lead.id(), Set.of("WEAVING")))
                .expectError(NotPermitted.class).verify(WAIT);
        assertThat(leads.find(actors.member(), lead.id()).block(WAIT).holds()).isEmpty();
    }

    private Lead allianceLead(String... categories) {
        return allianceLeadNamed(Leads.uniqueName(), categories);
    }

    private Lead allianceLeadNamed(String name, String... categories) {
        return leads.create(actors.of("leader"), Leads.draft(name, "VN", Visibility.ALLIANCE, categories)).block(WAIT)
                .lead();
    }
}
