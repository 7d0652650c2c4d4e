package org.exportalliance.portal.lead;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for the alliance's one lead policy row. */
@Repository
class LeadPolicyRepository {

    private final DatabaseClient db;

    LeadPolicyRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<LeadPolicy> find() {
        return db.sql("select members_may_share_alliance, claim_window_days from lead_policy")
                .map(row -> new LeadPolicy(Boolean.TRUE.equals(row.get(0, Boolean.class)),
                        row.get(1, Integer.class)))
                .one();
    }

    Mono<Void> update(LeadPolicy policy, UUID by, OffsetDateTime now) {
        return db.sql("""
                        update lead_policy set members_may_share_alliance = :share, claim_window_days = :days,
                            updated_by = :by, updated_at = :now""")
                .bind("share", policy.membersMayShareAlliance()).bind("days", policy.claimWindowDays())
                .bind("by", by).bind("now", now).then();
    }
}
