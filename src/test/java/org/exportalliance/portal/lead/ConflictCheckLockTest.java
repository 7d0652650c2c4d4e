package org.exportalliance.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.exportalliance.portal.lead.ConflictCheckLock.Lock;
import org.junit.jupiter.api.Test;

class ConflictCheckLockTest {

    @Test
    void category_locks_come_first_shared_then_identity_locks_exclusive_each_in_key_order() {
        List<Lock> plan = ConflictCheckLock.plan(List.of("country:VN", "domain:rossi.it"),
                Set.of("WEAVING", "KNITTING"));

        assertThat(plan).hasSize(2 + 2 * 2);
        assertThat(plan.subList(0, 2)).allSatisfy(lock -> {
            assertThat(lock.space()).isEqualTo(ConflictCheckLock.CATEGORY_SPACE);
            assertThat(lock.shared()).isTrue();
        });
        assertThat(plan.subList(2, 6)).allSatisfy(lock -> {
            assertThat(lock.space()).isEqualTo(ConflictCheckLock.IDENTITY_SPACE);
            assertThat(lock.shared()).isFalse();
        });
        // One global order, whatever order the sets iterate in: no two claims can wait for each other in a circle.
        assertThat(plan).isSortedAccordingTo(Comparator.comparingInt(Lock::space).thenComparingInt(Lock::key));
        assertThat(ConflictCheckLock.plan(List.of("domain:rossi.it", "country:VN"), Set.of("KNITTING", "WEAVING")))
                .isEqualTo(plan);
    }

    @Test
    void two_claims_whose_checks_read_the_same_country_in_a_category_share_an_exclusive_lock() {
        List<Lock> first = ConflictCheckLock.plan(List.of("country:VN"), Set.of("WEAVING"));
        List<Lock> second = ConflictCheckLock.plan(List.of("country:IT", "country:VN"), Set.of("WEAVING", "SPINNING"));
        List<Lock> elsewhere = ConflictCheckLock.plan(List.of("country:IT"), Set.of("WEAVING"));

        assertThat(first).filteredOn(lock -> !lock.shared()).anyMatch(second::contains);
        assertThat(first).filteredOn(lock -> !lock.shared()).noneMatch(elsewhere::contains);
    }

    @Test
    void a_buyer_with_very_many_contacts_takes_its_categories_whole_instead() {
        List<String> keys = IntStream.range(0, ConflictCheckLock.MAX_IDENTITY_LOCKS + 1)
                .mapToObj(i -> "phone:+3903155" + i).toList();

        List<Lock> plan = ConflictCheckLock.plan(keys, Set.of("WEAVING"));

        assertThat(plan).singleElement().satisfies(lock -> {
            assertThat(lock.space()).isEqualTo(ConflictCheckLock.CATEGORY_SPACE);
            assertThat(lock.shared()).isFalse();
        });
    }
}
