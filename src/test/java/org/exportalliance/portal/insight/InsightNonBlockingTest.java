package org.exportalliance.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.ReactiveGuard.onReactiveThread;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * The dashboards never block a reactive thread: the grouped queries, the suppression, the firm's own figures and
 * the workbooks (written off the event loop). Runs in the BlockHound-guarded JVM.
 */
@PortalTest
class InsightNonBlockingTest {

    @Autowired InsightService insight;
    @Autowired InsightWorkbooks workbooks;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @BeforeEach
    void guard() {
        ReactiveGuard.install();
    }

    @Test
    void the_alliance_and_firm_dashboards_and_their_workbooks_never_block() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        Actor member = actors.member();
        Actor member2 = actors.member2();
        onReactiveThread(() -> insight.alliance(member2, lastYear))
                .as(StepVerifier::create).assertNext(a -> assertThat(a.markets().markets()).isNotEmpty())
                .verifyComplete();
        onReactiveThread(() -> insight.firm(member, lastYear))
                .as(StepVerifier::create).assertNext(f -> assertThat(f.stages()).isNotEmpty()).verifyComplete();
        onReactiveThread(() -> workbooks.alliance(member2, lastYear, Locale.SIMPLIFIED_CHINESE))
                .as(StepVerifier::create).assertNext(file -> assertThat(file.content()).isNotEmpty())
                .verifyComplete();
    }
}
