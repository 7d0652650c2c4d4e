package org.exportalliance.portal.request;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The request categories and their SLA targets. */
@Repository
class RequestCatalogRepository {

    private final DatabaseClient db;

    RequestCatalogRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<RequestCategory> categories() {
        return db.sql("""
                        select code, name_zh, name_en, position, lab_test, active from request_category
                        order by position, code""")
                .map(RequestCatalogRepository::category).all();
    }

    Mono<SlaTarget> target(String category, Priority priority) {
        return db.sql("""
                        select accept_minutes, take_minutes, resolve_minutes from request_sla
                        where category_code = :category and priority = :priority""")
                .bind("category", category).bind("priority", priority.name())
                .map(row -> new SlaTarget(minutes(row, "accept_minutes"), minutes(row, "take_minutes"),
                        minutes(row, "resolve_minutes")))
                .one();
    }

    private static Duration minutes(Readable row, String column) {
        return Duration.ofMinutes(row.get(column, Integer.class));
    }

    private static RequestCategory category(Readable row) {
        return new RequestCategory(row.get("code", String.class), row.get("name_zh", String.class),
                row.get("name_en", String.class), row.get("position", Integer.class),
                Boolean.TRUE.equals(row.get("lab_test", Boolean.class)),
                Boolean.TRUE.equals(row.get("active", Boolean.class)));
    }
}
