package org.exportalliance.portal.lead.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.NameHit;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.Staged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
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
@Repository
class ImportNameProbes {

    /** Rows per probing statement: enough to keep a connection busy for a second or two at the largest scale. */
    static final int CHUNK = 500;

    private final DatabaseClient db;
    private final TransactionalOperator separate;
    private final int connections;

    ImportNameProbes(DatabaseClient db, ReactiveTransactionManager transactions,
            @Value("${portal.lead.import.probe-connections:2}") int connections) {
        this.db = db;
        DefaultTransactionDefinition own = new DefaultTransactionDefinition();
        own.setReadOnly(true);
        this.separate = TransactionalOperator.create(transactions, own);
        this.connections = Math.max(1, connections);
    }

    /** Known buyers with names at least {@link BuyerMatch#SAME_NAME} alike in the row's country, for every row. */
    Mono<List<NameHit>> sameNameHits(List<Staged> rows) {
        List<List<Staged>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
        return Flux.fromIterable(chunks).flatMap(this::probe, connections).collectList();
    }

    /**
     * One chunk, in its own transaction: the trigram threshold and sequential scans off are set for it alone (see
     * {@link ImportMatchRepository} for why the planner needs the latter). The chunk runs without the caller's
     * Reactor context: that context carries the import's transaction, which a nested transaction would join, or
     * (as REQUIRES_NEW) suspend, unbinding the import's connection from the statements running on it meanwhile.
     */
    private Flux<NameHit> probe(List<Staged> chunk) {
        return separate.transactional(
                db.sql("set local pg_trgm.similarity_threshold = " + BuyerMatch.SAME_NAME).then()
                        .then(db.sql("set local enable_seqscan = off").then())
                        .thenMany(db.sql("""
                                        select u.idx, b.id
                                        from unnest(cast(:idx as integer[]), cast(:name as text[]),
                                                    cast(:country as text[])) as u(idx, name, country)
                                            join buyer b on b.country = u.country and b.normalised_name % u.name""")
                                .bind("idx", chunk.stream().map(Staged::index).toArray(Integer[]::new))
                                .bind("name", chunk.stream().map(Staged::name).toArray(String[]::new))
                                .bind("country", chunk.stream().map(Staged::country).toArray(String[]::new))
                                .map(row -> new NameHit(row.get("idx", Integer.class), row.get("id", UUID.class)))
                                .all()))
                .contextWrite(importContext -> Context.empty());
    }
}
