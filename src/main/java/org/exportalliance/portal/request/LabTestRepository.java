package org.exportalliance.portal.request;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Lab tests' samples, quotes and reports; each change conditional on the step before it. */
@Repository
class LabTestRepository {

    private final DatabaseClient db;

    LabTestRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID request, LabSamples s) {
        return db.sql("""
                        insert into lab_test (request_id, samples, material, standard)
                        values (:request, :samples, :material, :standard)""")
                .bind("request", request).bind("samples", s.count()).bind("material", s.material())
                .bind("standard", s.standard()).then();
    }

    Mono<LabTest> find(UUID request) {
        return db.sql("""
                        select request_id, samples, material, standard, quote_cny, quote_due_on, quoted_at,
                               quote_accepted_at, report_id
                        from lab_test where request_id = :request""")
                .bind("request", request).map(LabTestRepository::labTest).one();
    }

    /** The lab's quote, while the firm has not accepted one; empty otherwise. */
    Mono<Long> quote(UUID request, BigDecimal cny, LocalDate dueOn, OffsetDateTime now) {
        return db.sql("""
                        update lab_test set quote_cny = :cny, quote_due_on = :due, quoted_at = :now
                        where request_id = :request and quote_accepted_at is null""")
                .bind("cny", cny).bind("due", dueOn).bind("now", now).bind("request", request)
                .fetch().rowsUpdated();
    }

    /** The firm accepts the quote it saw (same price and day); empty when it changed or was accepted already. */
    Mono<Long> accept(UUID request, BigDecimal cny, LocalDate dueOn, OffsetDateTime now) {
        return db.sql("""
                        update lab_test set quote_accepted_at = :now
                        where request_id = :request and quote_accepted_at is null
                          and quote_cny = :cny and quote_due_on = :due""")
                .bind("cny", cny).bind("due", dueOn).bind("now", now).bind("request", request)
                .fetch().rowsUpdated();
    }

    Mono<Long> report(UUID request, UUID attachment) {
        return db.sql("""
                        update lab_test set report_id = :attachment
                        where request_id = :request and quote_accepted_at is not null""")
                .bind("attachment", attachment).bind("request", request).fetch().rowsUpdated();
    }

    private static LabTest labTest(Readable row) {
        return new LabTest(row.get("request_id", UUID.class), row.get("samples", Integer.class),
                row.get("material", String.class), row.get("standard", String.class),
                row.get("quote_cny", BigDecimal.class), row.get("quote_due_on", LocalDate.class),
                row.get("quoted_at", OffsetDateTime.class), row.get("quote_accepted_at", OffsetDateTime.class),
                row.get("report_id", UUID.class));
    }
}
