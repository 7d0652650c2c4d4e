package org.exportalliance.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.lead.claim.AlreadyClaimed;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimConflict;
import org.exportalliance.portal.lead.claim.ClaimDecisions;
import org.exportalliance.portal.lead.claim.ClaimNotFound;
import org.exportalliance.portal.lead.claim.ClaimNotHeld;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.exportalliance.portal.lead.claim.IllegalStageChange;
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
import reactor.core.publisher.Flux;
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
                    assertThat(conflict.args()).containsExactly("织造机械", "Weaving", until.toString());
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
    void staff_arbitrate_claims_but_make_none() {
        Lead lead = allianceLead("WEAVING");

        StepVerifier.create(claims.claim(actors.staff(), lead.id(), Set.of("WEAVING")))
                .expectError(NotPermitted.class).verify(WAIT);
        assertThat(leads.find(actors.member(), lead.id()).block(WAIT).holds()).isEmpty();
    }

    private Lead allianceLead(String... categories) {
        return leads.create(actors.of("leader"), Leads.draft(Leads.uniqueName(), "VN", Visibility.ALLIANCE,
                categories)).block(WAIT).lead();
    }
}
