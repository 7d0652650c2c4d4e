package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The two promises about a delegation's places, read straight from the database, for tests that race the services:
 * what {@code used_*} says against what the applications holding capacity add up to, and whether anybody the
 * waitlist would offer a place to is still waiting while that place is free.
 */
final class PlacesLedger {

    /** A delegation's counters next to the sums over its applications that hold capacity. */
    record Counted(int usedSlots, BigDecimal usedArea, int usedSeats, int holding, BigDecimal heldArea,
            int heldSeats) {

        boolean matches() {
            return usedSlots == holding && usedArea.compareTo(heldArea) == 0 && usedSeats == heldSeats;
        }
    }

    private PlacesLedger() {}

    static Counted count(DatabaseClient db, UUID delegationId) {
        return db.sql("""
                        select d.used_slots, d.used_area_m2, d.used_seats,
                               count(a.id) as holding, coalesce(sum(a.area_m2), 0) as held_area,
                               coalesce(sum(a.travellers), 0) as held_seats
                        from delegation d
                        left join delegation_application a on a.delegation_id = d.id and a.holds_capacity
                        where d.id = :id
                        group by d.id""")
                .bind("id", delegationId)
                .map(row -> new Counted(row.get("used_slots", Integer.class),
                        row.get("used_area_m2", BigDecimal.class), row.get("used_seats", Integer.class),
                        row.get("holding", Long.class).intValue(), row.get("held_area", BigDecimal.class),
                        row.get("held_seats", Long.class).intValue()))
                .one().block(Duration.ofSeconds(10));
    }

    /**
     * Applications the waitlist owes an offer: WAITLISTED, not kept for staff ({@code waits_for_staff}), fitting the
     * remaining room in every unit, and either the head of the waitlist (the longest waiting of those) or behind a
     * head passed over fewer than {@code maxPassOvers} times. Only OPEN and CLOSED delegations make offers. Empty is
     * the promise "nobody waitlisted while room is left" (docs/delegations.md, "Waitlist and timed offers").
     */
    static List<UUID> owedAnOffer(DatabaseClient db, UUID delegationId, int maxPassOvers) {
        return db.sql("""
                        with head as (
                            select id, passed_over from delegation_application
                            where delegation_id = :id and status = 'WAITLISTED' and not waits_for_staff
                            order by submitted_at, id limit 1)
                        select a.id from delegation d
                        join delegation_application a on a.delegation_id = d.id
                        cross join head
                        where d.id = :id and d.status in ('OPEN', 'CLOSED')
                          and a.status = 'WAITLISTED' and not a.waits_for_staff
                          and d.used_slots + 1 <= d.firm_slots
                          and d.used_area_m2 + a.area_m2 <= d.area_m2
                          and d.used_seats + a.travellers <= d.seats
                          and (a.id = head.id or head.passed_over < :max)""")
                .bind("id", delegationId).bind("max", maxPassOvers)
                .map(row -> row.get("id", UUID.class))
                .all().collectList().block(Duration.ofSeconds(10));
    }
}
