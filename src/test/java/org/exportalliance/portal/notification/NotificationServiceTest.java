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
}
