package org.exportalliance.portal.request;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.platform.db.replica.LagTolerantReads;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The dashboards' aggregates, computed in SQL over the requests and the outcomes their clocks kept when they
 * stopped. {@code units} limits the rows to those units (a unit member's view); null means all.
 */
@Repository
class RequestStatsRepository {

    private static final String FIGURES = """
            count(*) as filed,
            count(*) filter (where r.accept_met is not null) as accepted,
            count(*) filter (where r.accept_met) as accepted_in_time,
            count(*) filter (where r.resolve_met is not null) as resolved,
            count(*) filter (where r.resolve_met) as resolved_in_time,
            count(*) filter (where r.rating is not null) as rated,
            count(*) filter (where r.rating >= 4) as satisfied,
            percentile_disc(0.5) within group (order by r.accept_spent_s) as median_accept,
            percentile_disc(0.5) within group (order by r.resolve_spent_s) as median_resolve,
            count(distinct r.firm_id) as firms""";

    private final LagTolerantReads reads;

    RequestStatsRepository(LagTolerantReads reads) {
        this.reads = reads;
    }

    /** Per month, unit and category. */
    Flux<MonthFigures> byUnit(OffsetDateTime from, OffsetDateTime to, ZoneId zone, @Nullable List<UUID> units) {
        return reads.many(db -> RequestRows.nullable(db.sql(
                        "select cast(date_trunc('month', r.filed_at at time zone :zone) as date) as month, r.unit_id,"
                        + " r.category_code, " + FIGURES + """
                         from service_request r
                        where r.filed_at >= :from and r.filed_at < :to
                          and (cast(:units as uuid[]) is null or r.unit_id = any(cast(:units as uuid[])))
                        group by 1, 2, 3 order by 1, 3, 2"""), "units", array(units), UUID[].class)
                .bind("zone", zone.getId()).bind("from", from).bind("to", to)
                
                .map(RequestStatsRepository::figures).all());
    }

    /** Alliance-wide per month and category, only where at least {@code minFirms} firms filed. */
    Flux<MonthFigures> allianceWide(OffsetDateTime from, OffsetDateTime to, ZoneId zone, int minFirms) {
        return reads.many(db -> db.sql(
                        "select cast(date_trunc('month', r.filed_at at time zone :zone) as date) as month,"
                        + " null::uuid as unit_id, coalesce(r.category_code, '" + MonthFigures.ALL_CATEGORIES
                        + "') as category_code, " + FIGURES + """
                         from service_request r
                        where r.filed_at >= :from and r.filed_at < :to
                        group by grouping sets ((1, r.category_code), (1))
                        having count(distinct r.firm_id) >= :min order by 1, 3""")
                .bind("zone", zone.getId()).bind("from", from).bind("to", to).bind("min", minFirms)
                .map(RequestStatsRepository::figures).all());
    }

    /** Open requests by unit, by age and by their nearest running deadline, as of {@code now}. */
    Flux<OpenFigures> open(OffsetDateTime now, @Nullable List<UUID> units) {
        return reads.many(db -> RequestRows.nullable(db.sql("""
                        select r.unit_id,
                               count(*) filter (where r.filed_at > :now - interval '1 day') as day,
                               count(*) filter (where r.filed_at <= :now - interval '1 day'
                                                  and r.filed_at > :now - interval '3 days') as three,
                               count(*) filter (where r.filed_at <= :now - interval '3 days'
                                                  and r.filed_at > :now - interval '7 days') as week,
                               count(*) filter (where r.filed_at <= :now - interval '7 days') as older,
                               count(*) filter (where least(r.accept_due_at, r.take_due_at, r.resolve_due_at) < :now)
                                   as overdue
                        from service_request r
                        where r.status in ('SUBMITTED', 'QUEUED', 'DISPATCHED', 'IN_PROGRESS', 'WAITING')
                          and (cast(:units as uuid[]) is null or r.unit_id = any(cast(:units as uuid[])))
                        group by r.unit_id order by r.unit_id nulls first"""), "units", array(units), UUID[].class)
                .bind("now", now)
                .map(row -> new OpenFigures(row.get("unit_id", UUID.class), count(row, "day"), count(row, "three"),
                        count(row, "week"), count(row, "older"), count(row, "overdue")))
                .all());
    }

    private static UUID @Nullable [] array(@Nullable List<UUID> units) {
        return units == null ? null : units.toArray(UUID[]::new);
    }

    private static MonthFigures figures(Readable row) {
        return new MonthFigures(row.get("month", LocalDate.class), row.get("unit_id", UUID.class),
                row.get("category_code", String.class), count(row, "filed"), count(row, "accepted"),
                count(row, "accepted_in_time"), count(row, "resolved"), count(row, "resolved_in_time"),
                count(row, "rated"), count(row, "satisfied"), row.get("median_accept", Long.class),
                row.get("median_resolve", Long.class), count(row, "firms"));
    }

    private static long count(Readable row, String column) {
        Long n = row.get(column, Long.class);
        return n == null ? 0 : n;
    }
}
