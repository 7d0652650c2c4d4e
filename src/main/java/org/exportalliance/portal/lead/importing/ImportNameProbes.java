package org.exportalliance.portal.lead.importing;

import java.util.List;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.NameHit;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.Staged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * An import's rows against the known buyers by name, the longest part of matching (about 3 ms a row against a
 * million leads, one GIN probe each): the rows go in chunks, each chunk in a read-only transaction of its own on
 * another connection, {@code portal.lead.import.probe-connections} at a time, so that the database spreads the
 * probes over its cores while the import's own connection compares the rows with each other and with held buyers.
 * The probes only read buyers, which the import's transaction has not written to yet.
 */
@Component
class ImportNameProbes {

    /** Rows per probing statement: enough to keep a connection busy for a second or two at the largest scale. */
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

    /** Known buyers with names at least {@link BuyerMatch#SAME_NAME} alike in the row's country, for every row. */
    Mono<List<NameHit>> sameNameHits(List<Staged> rows) {
        return Flux.fromIterable(rows).buffer(CHUNK).flatMap(this::probe, connections)
                .collectList().map(chunks -> chunks.stream().flatMap(List::stream).toList());
    }

    /**
     * One chunk, in a transaction of its own, which keeps its trigram threshold and planner setting to itself. The
     * chunk runs without the caller's Reactor context: that context carries the import's transaction, which a nested
     * transaction would join, or (as REQUIRES_NEW) suspend, unbinding the import's connection from the statements
     * running on it meanwhile.
     */
    private Mono<List<NameHit>> probe(List<Staged> chunk) {
        return separate.transactional(repository.sameNameHits(chunk))
                .contextWrite(importContext -> Context.empty());
    }
}
