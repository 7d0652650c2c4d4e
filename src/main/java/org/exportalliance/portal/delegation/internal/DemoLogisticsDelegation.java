package org.exportalliance.portal.delegation.internal;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Finds the demo delegation the logistics pack works on (seeded by {@link DemoDelegations}: closed, to the next
 * India ITME, with firm A, firm B and the chain leader approved), so that each feature's demo seeder can add its
 * part to the same delegation.
 */
final class DemoLogisticsDelegation {

    private DemoLogisticsDelegation() {}

    static Mono<UUID> find(DatabaseClient db) {
        return db.sql("""
                        select d.id from delegation d join fair f on f.id = d.fair_id
                        where f.name_en like 'India ITME%' and d.status = 'CLOSED'
                        order by d.created_at limit 1""")
                .map(row -> row.get(0, UUID.class))
                .one();
    }
}
