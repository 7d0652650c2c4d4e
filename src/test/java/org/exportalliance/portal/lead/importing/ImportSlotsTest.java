package org.exportalliance.portal.lead.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ImportSlotsTest {

    private final ImportSlots slots = new ImportSlots(2);

    @Test
    void one_import_more_than_the_slots_is_refused_at_once_and_a_freed_slot_serves_the_next() {
        Disposable first = slots.hold(Flux.never()).subscribe();
        Disposable second = slots.hold(Mono.never()).subscribe();

        StepVerifier.create(slots.hold(Flux.just("third"))).expectError(ImportsBusy.class).verify();

        first.dispose();
        StepVerifier.create(slots.hold(Flux.just("third"))).expectNext("third").verifyComplete();
        second.dispose();
    }

    @Test
    void a_slot_is_given_back_however_the_import_ends_and_only_once() {
        StepVerifier.create(slots.hold(Flux.error(new IllegalStateException("failed"))))
                .expectError(IllegalStateException.class).verify();
        StepVerifier.create(slots.hold(Mono.just(1))).expectNext(1).verifyComplete();
        StepVerifier.create(slots.hold(Flux.just(1, 2)).take(1)).expectNext(1).verifyComplete();

        // Both slots are free again: two imports run, a third is refused.
        Disposable a = slots.hold(Flux.never()).subscribe();
        Disposable b = slots.hold(Flux.never()).subscribe();
        StepVerifier.create(slots.hold(Mono.just(3))).expectError(ImportsBusy.class).verify();
        a.dispose();
        b.dispose();
        assertThat(new ImportsBusy().status()).isEqualTo(503);
    }
}
