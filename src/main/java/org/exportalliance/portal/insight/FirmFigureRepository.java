package org.exportalliance.portal.insight;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.insight.FirmInsight.CurrencyAmount;
import org.exportalliance.portal.insight.FirmInsight.StageCount;
import org.exportalliance.portal.insight.FirmInsight.WonBy;
import org.exportalliance.portal.insight.InsightRepository.GroupedTally;
import org.exportalliance.portal.order.OrderStage;
import org.jspecify.annotations.Nullable;
import org.exportalliance.portal.platform.db.replica.LagTolerantReads;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for a firm's own figures, read from its orders (every statement scoped by {@code firm_id = :firm}). Won orders
 * are counted in the year of their confirmation, like the alliance's. In the stage table an order belongs to the year
 * of the day that put it where it stands: an open quote to its quote day, a won order (confirmed … paid) to its
 * confirmation day, a cancelled one to the day it was cancelled; only won orders have a value.
 */
@Repository
class FirmFigureRepository {

    private static final String WON = "o.firm_id = :firm and o.fx_date >= :from and o.fx_date < :to"
            + " and insight_order_won(o)";
    private static final String VALUES = "count(*) as orders, sum(insight_cents(o.total * o.fx_cny)) as cny,"
            + " sum(insight_cents(o.total * o.fx_usd)) as usd";
    /** The day that puts an order in a year of the stage table (see the class comment). */
    private static final String STAGE_DAY = "case when insight_order_won(o) then o.fx_date else o.stage_on end";

    private final LagTolerantReads reads;

    FirmFigureRepository(LagTolerantReads reads) {
        this.reads = reads;
    }

    Mono<FirmInsight> of(UUID firm, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return Mono.zip(stages(firm, from), openQuotes(firm, from),
                        marketsAndMonths(firm, from).collectList(),
                        marketsAndMonths(firm, from.minusYears(1)).collectList(),
                        wonBy(firm, from, "o.attribution", "").collectList(),
                        wonByFair(firm, from).collectList(),
                        wonBy(firm, from, "l.source",
                                "join claim c on c.id = o.claim_id join lead l on l.id = c.lead_id").collectList())
                .map(t -> new FirmInsight(year, t.getT1(), t.getT2(),
                        AllianceTables.ownMarkets(year, t.getT3(), t.getT4()), t.getT5(), t.getT6(), t.getT7()));
    }

    /**
     * The firm's orders of the year at each stage, in the stages' order (quoted first, cancelled last), with the won
     * value of the won stages only: a cancelled order counts, but never as won, even if it was confirmed first.
     */
    private Mono<List<StageCount>> stages(UUID firm, LocalDate from) {
        return reads.many(db -> db.sql("""
                        select o.stage, count(*) as orders,
                               sum(insight_cents(o.total * o.fx_cny)) filter (where insight_order_won(o)) as cny
                        from export_order o
                        where o.firm_id = :firm and %1$s >= :from and %1$s < :to
                        group by o.stage""".formatted(STAGE_DAY))
                .bind("firm", firm).bind("from", from).bind("to", from.plusYears(1))
                .map(row -> new StageCount(row.get("stage", String.class), row.get("orders", Long.class),
                        OrderStage.valueOf(row.get("stage", String.class)).won()
                                ? row.get("cny", BigDecimal.class) : null))
                .all()).collectSortedList(Comparator.comparing(s -> OrderStage.valueOf(s.stage())));
    }

    /** The year's open quotes (by their quote day), summed per currency, never across currencies. */
    private Mono<List<CurrencyAmount>> openQuotes(UUID firm, LocalDate from) {
        return reads.many(db -> db.sql("""
                        select o.currency, sum(o.total) as amount from export_order o
                        where o.firm_id = :firm and o.stage = 'QUOTED' and o.stage_on >= :from and o.stage_on < :to
                        group by o.currency order by o.currency""")
                .bind("firm", firm).bind("from", from).bind("to", from.plusYears(1))
                .map(row -> new CurrencyAmount(row.get("currency", String.class), row.get("amount", BigDecimal.class)))
                .all()).collectList();
    }

    private Flux<GroupedTally> marketsAndMonths(UUID firm, LocalDate from) {
        return reads.many(db -> db.sql("""
                        select destination, month_no, grouping(destination) as no_market,
                               grouping(month_no) as no_month, count(*) as orders, sum(cny) as cny, sum(usd) as usd
                        from (select o.destination_country as destination,
                                     cast(extract(month from o.fx_date) as integer) as month_no,
                                     insight_cents(o.total * o.fx_cny) as cny, insight_cents(o.total * o.fx_usd) as usd
                              from export_order o where %s) o
                        group by grouping sets ((destination, month_no), (destination), (month_no), ())"""
                        .formatted(WON))
                .bind("firm", firm).bind("from", from).bind("to", from.plusYears(1))
                .map(row -> new GroupedTally(
                        row.get("no_market", Integer.class) == 1 ? null : row.get("destination", String.class),
                        row.get("no_month", Integer.class) == 1 ? null : row.get("month_no", Integer.class),
                        own(row.get("orders", Long.class), row.get("cny", BigDecimal.class),
                                row.get("usd", BigDecimal.class))))
                .all());
    }

    /** The firm's own cell: one firm, or none when empty (a grand total over no orders sums to null). */
    private static Tally own(long orders, @Nullable BigDecimal cny, @Nullable BigDecimal usd) {
        return orders == 0 ? Tally.EMPTY
                : new Tally(new Figure(1, orders, cny == null ? BigDecimal.ZERO : cny,
                        usd == null ? BigDecimal.ZERO : usd), Set.of());
    }

    private Flux<WonBy> wonBy(UUID firm, LocalDate from, String key, String join) {
        return reads.many(db -> db.sql(
                        "select %s as key, %s from export_order o %s where %s group by 1 order by 3 desc, 1"
                        .formatted(key, VALUES, join, WON))
                .bind("firm", firm).bind("from", from).bind("to", from.plusYears(1))
                .map(row -> new WonBy(row.get("key", String.class), null, null, null, row.get("orders", Long.class),
                        row.get("cny", BigDecimal.class), row.get("usd", BigDecimal.class)))
                .all());
    }

    private Flux<WonBy> wonByFair(UUID firm, LocalDate from) {
        return reads.many(db -> db.sql("""
                        select d.id, d.title_zh, d.title_en, %s from export_order o
                        join delegation d on d.id = o.delegation_id
                        where %s group by d.id, d.title_zh, d.title_en order by cny desc, d.id"""
                        .formatted(VALUES, WON))
                .bind("firm", firm).bind("from", from).bind("to", from.plusYears(1))
                .map(FirmFigureRepository::fair)
                .all());
    }

    private static WonBy fair(Readable row) {
        UUID id = row.get("id", UUID.class);
        return new WonBy(String.valueOf(id), id, row.get("title_zh", String.class), row.get("title_en", String.class),
                row.get("orders", Long.class), row.get("cny", BigDecimal.class), row.get("usd", BigDecimal.class));
    }
}
