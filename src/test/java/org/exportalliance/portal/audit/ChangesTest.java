package org.exportalliance.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@PortalTest
class ChangesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired Changes changes;
    @Autowired AuditService audit;
    @Autowired LiveEvents live;
    @Autowired Actors actors;
    @Autowired TransactionalOperator tx;

    @Test
    void a_change_is_recorded_in_the_trail_and_announced_on_its_own_subject() {
        String topic = "changes-test-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();

        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(1))
                .then(() -> tx.transactional(changes.record(actors.staff().userId(), topic + ".done", topic, id,
                        "detail")).block(WAIT))
                .assertNext(event -> assertThat(event).isEqualTo(new LiveEvent(topic, id.toString())))
                .expectComplete()
                .verify(WAIT);
        assertThat(audit.countFor(topic, id).block(WAIT)).isEqualTo(1);
    }

    @Test
    void a_change_on_a_subject_of_its_own_is_announced_on_the_page_that_shows_it() {
        String topic = "changes-test-" + UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        UUID page = UUID.randomUUID();

        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(1))
                .then(() -> tx.transactional(changes.record(null, "item.done", "changes-test-item", subject, null,
                        new LiveEvent(topic, page.toString()))).block(WAIT))
                .assertNext(event -> assertThat(event.id()).isEqualTo(page.toString()))
                .expectComplete()
                .verify(WAIT);
        assertThat(audit.countFor("changes-test-item", subject).block(WAIT)).isEqualTo(1);
        assertThat(audit.countFor(topic, page).block(WAIT)).isZero();
    }

    @Test
    void a_change_whose_transaction_rolls_back_leaves_no_entry_and_no_event() {
        String topic = "changes-test-" + UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(1))
                .then(() -> {
                    tx.transactional(changes.record(null, topic + ".done", topic, rolledBack, null)
                                    .then(Mono.error(new IllegalStateException("abort"))))
                            .onErrorComplete().block(WAIT);
                    tx.transactional(changes.announce(topic, committed)).block(WAIT);
                })
                .assertNext(event -> assertThat(event.id()).isEqualTo(committed.toString()))
                .expectComplete()
                .verify(WAIT);
        assertThat(audit.countFor(topic, rolledBack).block(WAIT)).isZero();
        assertThat(audit.countFor(topic, committed).block(WAIT)).as("an announcement alone records nothing")
                .isZero();
    }
}
