package org.exportalliance.portal.lead.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.ContactKeys;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.NameHit;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.Staged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * An import's rows against the known buyers by name, the longest part of matching: the rows go in chunks, each
 * chunk in a read-only transaction of its own on another connection, {@code portal.lead.import.probe-connections} at a
 * time, so that the database spreads the probes over its cores while the import's own connection compares the rows
 * with each other and with held buyers. The probes only read buyers, which the import's transaction has not written
 * to yet. Each probe proposes buyers by the rows' MinHash band keys ({@link ImportMatchRepository#sameNameHits}):
 * exactly the rule of {@code BuyerMatching}, except that a pair of names alike by exactly 0.8 is missed once in about
 * 2,800 (once in 120,000 at 0.85; the odds are in V15). Conflicts never rest on these probes: held buyers are
 * compared with every row exactly ({@link TrigramJoin}, in {@code ImportMatching}).
 */
@Component
class ImportNameProbes {

    private static final Logger log = LoggerFactory.getLogger(ImportNameProbes.class);

    /** Rows per probing statement: few statements, yet enough of them to share among the connections. */
    static final int CHUNK = 500;

    private final ImportMatchRepository repository;
    private final TransactionalOperator separate;
    private final int connections;

    ImportNameProbes(ImportMatchRepository repository, ReactiveTransactionManager transactions,
            @Value("${portal.lead.import.probe-connections:2}") int connections) {
        this.repository = repository;
        DefaultTransactionDefinition own = new DefaultTransactionDefinition();
        own.setReadOnly(true);
        this.separate = TransactionalOperator.create(transactions, own);
        this.connections = Math.max(1, connections);
    }

    /**
     * Known buyers with names at least {@link BuyerMatch#SAME_NAME} alike in the row's country, for every row that
     * shares no company domain or phone with a known buyer's lead: such a row joins one of those buyers whatever the
     * names say ({@link BuyerMatch#strongestFirst()} ranks a shared domain or phone above any name). Before the
     * probes, the buyer name indexes' pending lists are merged ({@link ImportMatchRepository#mergePendingBuyerNames}).
     */
    Mono<List<NameHit>> sameNameHits(List<Staged> rows, ContactKeys contacts) {
        return alone(repository.mergePendingBuyerNames().then(repository.rowsMatchedByContact(contacts)))
                .flatMapMany(matched -> Flux.fromIterable(unmatched(rows, matched)))
                .buffer(CHUNK).flatMap(chunk -> alone(repository.sameNameHits(chunk)), connections)
                .collectList().map(chunks -> chunks.stream().flatMap(List::stream).toList());
    }

    /**
     * Merges the buyer name indexes' pending lists in the background, once an import has committed its buyers: the
     * next import then finds them merged (about 2 s of its time against a million leads, measured), and so do the
     * trigram probes of every single lead meanwhile. A failure costs only speed, so it is logged, not raised.
     */
    void mergePendingLater() {
        alone(repository.mergePendingBuyerNames())
                .subscribe(null, failure -> log.warn("Merging the buyer name indexes' pending lists failed: {}",
                        failure.toString()));
    }

    private static List<Staged> unmatched(List<Staged> rows, List<Integer> matched) {
        Set<Integer> skip = new HashSet<>(matched);
        return rows.stream().filter(s -> !skip.contains(s.index())).toList();
    }

    /**
     * Work in a transaction of its own, which keeps its planner settings to itself, on another connection. It runs
     * without the caller's Reactor context: that context carries the import's transaction, which a nested
     * transaction would join, or (as REQUIRES_NEW) suspend, unbinding the import's connection from the statements
     * running on it meanwhile.
     */
    private <T> Mono<T> alone(Mono<T> work) {
        return separate.transactional(work).contextWrite(importContext -> Context.empty());
    }
}
