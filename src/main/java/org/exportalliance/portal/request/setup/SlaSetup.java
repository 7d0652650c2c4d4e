package org.exportalliance.portal.request.setup;

import java.util.Comparator;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.request.Priority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff set the SLA targets of a category, per priority: working minutes to accept, to take and to resolve. A clock
 * reads its target when it starts and keeps the deadline it computed then, so a change applies to clocks that start
 * afterwards (new requests, new dispatches, reopenings); running clocks keep their deadlines.
 */
@Service
public class SlaSetup {

    private final CategorySetupRepository categories;
    private final CategorySetup setup;
    private final Changes changes;
    private final TransactionalOperator tx;

    SlaSetup(CategorySetupRepository categories, CategorySetup setup, Changes changes, TransactionalOperator tx) {
        this.categories = categories;
        this.setup = setup;
        this.changes = changes;
        this.tx = tx;
    }

    /** The category's four targets, most urgent first. */
    public Flux<SlaEntry> targets(Actor actor, String code) {
        return setup.find(actor, code).thenMany(categories.targets(code))
                .sort(Comparator.comparing(SlaEntry::priority));
    }

    public Mono<SlaEntry> set(Actor actor, String code, Priority priority, long version, SlaDraft d) {
        return Checks.staffOnly(actor)
                .then(Checks.valid(SlaRules.check(d)))
                .then(setup.find(actor, code))
                .then(tx.transactional(categories.updateTarget(code, priority, version, d)
                        .flatMap(rows -> rows == 0 ? Mono.error(new ChangedConcurrently())
                                : changes.record(actor.userId(), "request.sla-changed", CategorySetup.TOPIC, code,
                                        priority.name() + " " + d.accept() + "/" + d.take() + "/" + d.resolve()))
                        .then(categories.target(code, priority))));
    }
}
