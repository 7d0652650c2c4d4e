package org.exportalliance.portal.insight;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.exportalliance.portal.platform.db.replica.LagTolerantReads;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The alliance's aggregates in SQL: from the summaries V17's triggers keep, and from the claims. Every cell comes
 * with its number of distinct firms, and with their ids while there are fewer than {@link Tally#MIN_FIRMS}, so the
 * service can suppress. Totals are grouped in the same statement (grouping sets), never added up in Java.
 */
@Repository
class InsightRepository {

    /** Rows of one firm each, summed: their firms, and the firms' ids while they are few. */
    private static final String SHARES = """
            cast(sum(orders) as bigint) as orders, sum(cny) as cny, sum(usd) as usd, count(*) as firms,
            case when count(*) < 3 then array_agg(cast(firm_id as text)) end as few""";

    /** The distinct firms of a group, and their ids while they are few. */
    private static final String FIRMS = """
            count(distinct firm_id) as firms,
            case when count(distinct firm_id) < 3 then array_agg(distinct cast(firm_id as text)) end as few""";

    private final LagTolerantReads reads;

    InsightRepository(LagTolerantReads reads) {
        this.reads = reads;
    }

    /**
     * A year's version (insight_year_stamp) and, unless it is {@code known}, the year's won orders grouped by market
     * and month. Both come from one database, so a version read on the primary never labels rows read on a replica
     * that has not caught up with it yet (decision 34).
     */
    Mono<YearGrouping> wonByMarketAndMonth(int year, @Nullable Long known) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return reads.one(db -> stampOf(db, year).flatMap(stamp -> stamp.equals(known)
                ? Mono.just(new YearGrouping(stamp, null))
                : grouped(db, start, start.plusYears(1)).collectList().map(rows -> new YearGrouping(stamp, rows))));
    }

    /** A year's version and, when asked for, its grouping. */
    record YearGrouping(long stamp, @Nullable List<GroupedTally> tallies) {}

    /**
     * Won orders confirmed in [from, to) by market and month, with market, month and grand totals. A summary row is
     * one firm's share of a cell, so a cell's firms are its rows; a total's distinct firms come from grouping by firm
     * first (hash aggregates over the year's rows, no sort per total as {@code count(distinct)} would need).
     */
    private Flux<GroupedTally> grouped(DatabaseClient db, LocalDate from, LocalDate to) {
        return db.sql("""
                        with share as materialized (
                            select destination, month, firm_id, orders, cny, usd from insight_won_month
                            where month >= :from and month < :to),
                        market_firm as (
                            select destination, firm_id, sum(orders) as orders, sum(cny) as cny, sum(usd) as usd
                            from share group by destination, firm_id),
                        month_firm as (
                            select month, firm_id, sum(orders) as orders, sum(cny) as cny, sum(usd) as usd
                            from share group by month, firm_id),
                        firm as (
                            select firm_id, sum(orders) as orders, sum(cny) as cny, sum(usd) as usd
                            from share group by firm_id)
                        select destination, cast(extract(month from month) as integer) as month_no, %1$s
                        from share group by destination, month
                        union all
                        select destination, null, %1$s from market_firm group by destination
                        union all
                        select null, cast(extract(month from month) as integer), %1$s from month_firm group by month
                        union all
                        select null, null, %1$s from firm having count(*) > 0"""
                        .formatted(SHARES))
                .bind("from", from).bind("to", to)
                .map(row -> new GroupedTally(row.get("destination", String.class),
                        row.get("month_no", Integer.class),
                        tally(row, row.get("orders", Long.class), money(row, "cny"), money(row, "usd"))))
                .all();
    }

    /** The version of a year's won orders (0 while it has none): it changes with every change to them. */
    private static Mono<Long> stampOf(DatabaseClient db, int year) {
        return db.sql("select version from insight_year_stamp where year = :year").bind("year", year)
                .map(row -> row.get("version", Long.class)).one().defaultIfEmpty(0L);
    }

    /** The first and last year with a won order, if any. */
    Mono<int[]> yearsWithOrders() {
        return reads.one(db -> db.sql("""
                        select cast(extract(year from min(month)) as integer) as first,
                               cast(extract(year from max(month)) as integer) as last
                        from insight_won_month""")
                .map(row -> {
                    Integer first = row.get("first", Integer.class);
                    Integer last = row.get("last", Integer.class);
                    return first == null || last == null ? new int[0] : new int[] {first, last};
                })
                .one());
    }

    /**
     * Delegations whose fair ended before {@code today}, newest first, with their net ledger cost and the orders won
     * within 30, 90 and 180 days: for each cumulative window its firms, and for each step between windows the firms
     * that step adds (what the difference of two shown windows would reveal).
     */
    Flux<FairRow> fairReturns(LocalDate today, int limit) {
        return reads.many(db -> db.sql("""
                        select d.id, d.title_zh, d.title_en, f.end_date,
                               coalesce((select sum(case when ci.kind = 'SUBSIDY' then -ci.amount_cny
                                                         else ci.amount_cny end)
                                         from cost_item ci where ci.delegation_id = d.id), 0) as net_cost,
                               %s, %s, %s,
                               count(distinct w.firm_id) filter (where w.window_days = 90) as step_90,
                               count(distinct w.firm_id) filter (where w.window_days = 180) as step_180,
                               count(distinct w.firm_id) filter (where w.window_days in (90, 180)) as step_90_180
                        from delegation d
                        join fair f on f.id = d.fair_id
                        left join insight_fair_won w on w.delegation_id = d.id and w.window_days > 0
                        where f.end_date < :today and d.status not in ('DRAFT', 'CANCELLED')
                        group by d.id, d.title_zh, d.title_en, f.end_date
                        order by f.end_date desc, d.id
                        limit :limit"""
                        .formatted(window(30, "30"), window(90, "30, 90"), window(180, "30, 90, 180")))
                .bind("today", today).bind("limit", limit)
                .map(row -> new FairRow(row.get("id", UUID.class), row.get("title_zh", String.class),
                        row.get("title_en", String.class), row.get("end_date", LocalDate.class),
                        money(row, "net_cost"),
                        new Tally[] {windowTally(row, 30), windowTally(row, 90), windowTally(row, 180)},
                        new int[] {count(row, "step_90"), count(row, "step_180"), count(row, "step_90_180")}))
                .all());
    }

    private static String window(int days, String windows) {
        String in = "w.window_days in (" + windows + ")";
        return """
                coalesce(sum(w.orders) filter (where %1$s), 0) as orders_%2$d,
                coalesce(sum(w.cny) filter (where %1$s), 0) as cny_%2$d,
                coalesce(sum(w.usd) filter (where %1$s), 0) as usd_%2$d,
                count(distinct w.firm_id) filter (where %1$s) as firms_%2$d,
                case when count(distinct w.firm_id) filter (where %1$s) < 3
                     then array_agg(distinct cast(w.firm_id as text)) filter (where %1$s) end as few_%2$d"""
                .formatted(in, days);
    }

    private static Tally windowTally(Readable row, int days) {
        Figure figure = new Figure(count(row, "firms_" + days), row.get("orders_" + days, Long.class),
                money(row, "cny_" + days), money(row, "usd_" + days));
        return new Tally(figure, few(row.get("few_" + days, String[].class)));
    }

    /**
     * Claims made in [from, to) on leads of each source, by outcome: OPEN (new, contacted, quoted), WON or LOST,
     * with source, outcome and grand totals. Rejected claims never entered the pipeline and are left out.
     */
    Flux<GroupedTally> claimsBySourceAndOutcome(OffsetDateTime from, OffsetDateTime to) {
        return reads.many(db -> db.sql("""
                        select source, outcome, grouping(source) as no_source, grouping(outcome) as no_outcome,
                               count(*) as claims, %s
                        from (select l.source, c.firm_id,
                                     case c.stage when 'WON' then 1 when 'LOST' then 2 else 0 end as outcome
                              from claim c join lead l on l.id = c.lead_id
                              where c.status <> 'REJECTED' and c.created_at >= :from and c.created_at < :to) c
                        group by grouping sets ((source, outcome), (source), (outcome), ())"""
                        .formatted(FIRMS))
                .bind("from", from).bind("to", to)
                .map(row -> new GroupedTally(
                        row.get("no_source", Integer.class) == 1 ? null : row.get("source", String.class),
                        row.get("no_outcome", Integer.class) == 1 ? null : row.get("outcome", Integer.class),
                        new Tally(Figure.ofCount(count(row, "firms"), row.get("claims", Long.class)),
                                few(row.get("few", String[].class)))))
                .all());
    }

    private static Tally tally(Readable row, @Nullable Long orders, BigDecimal cny, BigDecimal usd) {
        Figure figure = new Figure(count(row, "firms"), orders == null ? 0 : orders, cny, usd);
        return new Tally(figure, few(row.get("few", String[].class)));
    }

    private static Set<String> few(String @Nullable [] ids) {
        return ids == null ? Set.of() : Set.copyOf(Arrays.asList(ids));
    }

    private static int count(Readable row, String column) {
        Long value = row.get(column, Long.class);
        return value == null ? 0 : value.intValue();
    }

    private static BigDecimal money(Readable row, String column) {
        BigDecimal value = row.get(column, BigDecimal.class);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A cell of a grouped result; a null row or column key marks the total over it. */
    record GroupedTally(@Nullable String row, @Nullable Integer column, Tally tally) {
    }

    /** A delegation's ledger and won windows, before suppression. */
    record FairRow(UUID delegationId, String titleZh, String titleEn, LocalDate fairEnded, BigDecimal netCost,
            Tally[] windows, int[] stepFirms) {
    }
}
