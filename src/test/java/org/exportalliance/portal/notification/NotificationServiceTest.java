package org.exportalliance.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

@PortalTest
class NotificationServiceTest {

    @Autowired NotificationService notifications;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired org.springframework.r2dbc.core.DatabaseClient db;
    @Autowired org.springframework.transaction.reactive.TransactionalOperator tx;

    @Test
    void the_applicant_firm_is_told_the_decision_and_nobody_else_is() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 3, "60", 10, AllocationPolicy.FIFO);
        long before2 = notifications.unreadCount(actors.member2()).block();
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        List<Notification> forMember = notifications.recent(actors.member(), 5).collectList().block();
        assertThat(forMember).first().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notify.application.APPROVED");
            assertThat(n.args()).startsWith("测试展团", "Test delegation");
            assertThat(n.link()).isEqualTo("delegation/" + d.id());
            assertThat(n.unread()).isTrue();
        });
        assertThat(notifications.recent(actors.of("firmadmin"), 5).collectList().block())
                .as("every person of the firm").first()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notify.application.APPROVED"));
        assertThat(notifications.unreadCount(actors.member2()).block()).isEqualTo(before2);
    }

    @Test
    void firms_with_live_applications_hear_of_state_changes_and_reading_clears_the_count() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 3, "60", 10, AllocationPolicy.FIFO);
        delegations.apply(actors.member2(), d.id(), Delegations.application(1, "9")).block();
        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CLOSED).block();
        assertThat(notifications.recent(actors.member2(), 1).blockFirst().messageKey())
                .isEqualTo("notify.delegation.CLOSED");
        assertThat(notifications.unreadCount(actors.member2()).block()).isPositive();
        notifications.markAllRead(actors.member2()).as(StepVerifier::create)
                .assertNext(n -> assertThat(n).isPositive()).verifyComplete();
        assertThat(notifications.unreadCount(actors.member2()).block()).isZero();
    }

    @Test
    void a_firm_with_many_users_is_told_inside_a_transaction_without_stalling() {
        java.util.UUID firm = java.util.UUID.randomUUID();
        String tag = Long.toString(System.nanoTime(), 36);
        db.sql("insert into firm (id, name_zh, name_en, kind) values (:id, :zh, :en, 'MEMBER')")
                .bind("id", firm).bind("zh", "大企业" + tag).bind("en", "Big Firm " + tag).then().block();
        reactor.core.publisher.Flux.range(0, 60)
                .concatMap(i -> db.sql("insert into app_user (id, firm_id, username, display_name, password_hash, "
                                + "roles) values (gen_random_uuid(), :firm, :name, :name, 'not-a-hash', "
                                + "array['MEMBER'])")
                        .bind("firm", firm).bind("name", "u" + i + "-" + tag).then())
                .blockLast();

        tx.transactional(notifications.notifyFirm(firm, "notification.test", List.of(), null))
                .as(StepVerifier::create).expectComplete().verify(java.time.Duration.ofSeconds(20));
        Long told = db.sql("select count(*) from notification n join app_user u on u.id = n.user_id "
                        + "where u.firm_id = :firm").bind("firm", firm).map(r -> r.get(0, Long.class)).one().block();
        assertThat(told).isEqualTo(60);
    }
}
