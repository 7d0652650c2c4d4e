package org.exportalliance.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a newcomer sees of requests when signing in as each demo user. */
@PortalTest
class DemoRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired RequestService requests;
    @Autowired Responders responders;
    @Autowired Actors actors;

    @Test
    void staff_see_requests_in_every_state_and_one_past_its_take_deadline() {
        List<ServiceRequest> all = requests.list(actors.staff(), RequestFilter.none(), 0, 500).collectList()
                .block(WAIT);
        Set<RequestStatus> states = all.stream().map(ServiceRequest::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestStatus.class)));
        assertThat(states).containsAll(EnumSet.allOf(RequestStatus.class));
        assertThat(all).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.DISPATCHED);
            assertThat(r.state().takeDueAt()).isBefore(java.time.OffsetDateTime.now());
        });
    }

    @Test
    void the_lab_sees_its_lab_test_and_no_other_firm_request_and_each_firm_only_its_own() {
        List<ServiceRequest> lab = requests.list(actors.of("lab"), RequestFilter.none(), 0, 500).collectList()
                .block(WAIT);
        assertThat(lab).isNotEmpty().allSatisfy(r -> assertThat(r.category()).isIn("LAB_TEST", "CERTIFICATION"));
        assertThat(requests.list(actors.member(), RequestFilter.none(), 0, 500).collectList().block(WAIT))
                .isNotEmpty().allSatisfy(r -> assertThat(r.firmId()).isEqualTo(actors.member().firmId()));
        assertThat(responders.all().map(ResponderUnit::kind).collectList().block(WAIT))
                .contains(ResponderUnit.Kind.DEPARTMENT, ResponderUnit.Kind.LAB, ResponderUnit.Kind.CHAIN_LEADER);
    }
}
