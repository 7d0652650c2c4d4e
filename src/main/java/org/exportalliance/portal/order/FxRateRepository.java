package org.exportalliance.portal.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for FX rates ({@code fx_rate}): one per currency and date, a later entry replacing an earlier one. */
@Repository
class FxRateRepository {

    private final DatabaseClient db;

    FxRateRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> upsert(FxRate rate, UUID by, OffsetDateTime now) {
        return db.sql("""
                        insert into fx_rate (rate_date, currency, cny, entered_by, entered_at)
                        values (:date, :currency, :cny, :by, :now)
                        on conflict (currency, rate_date) do update
                            set cny = excluded.cny, entered_by = excluded.entered_by,
                                entered_at = excluded.entered_at""")
                .bind("date", rate.date()).bind("currency", rate.currency()).bind("cny", rate.cny())
                .bind("by", by).bind("now", now).then();
    }

    /** All the rates in one statement. */
    Mono<Void> upsertAll(List<FxRate> rates, UUID by, OffsetDateTime now) {
        return db.sql("""
                        insert into fx_rate (rate_date, currency, cny, entered_by, entered_at)
                        select d, c, r, :by, :now
                        from unnest(cast(:dates as date[]), cast(:currencies as text[]),
                                    cast(:rates as numeric[])) as u(d, c, r)
                        on conflict (currency, rate_date) do update
                            set cny = excluded.cny, entered_by = excluded.entered_by,
                                entered_at = excluded.entered_at""")
                .bind("by", by).bind("now", now)
                .bind("dates", rates.stream().map(FxRate::date).toArray(LocalDate[]::new))
                .bind("currencies", rates.stream().map(FxRate::currency).toArray(String[]::new))
                .bind("rates", rates.stream().map(FxRate::cny).toArray(BigDecimal[]::new))
                .then();
    }

    Flux<FxRate> recent(int limit) {
        return db.sql("select rate_date, currency, cny from fx_rate order by rate_date desc, currency limit :limit")
                .bind("limit", limit)
                .map(row -> new FxRate(row.get("rate_date", LocalDate.class), row.get("currency", String.class),
                        row.get("cny", BigDecimal.class)))
                .all();
    }

    /** The latest rate of the currency on or before {@code date} and after {@code after}. */
    Mono<BigDecimal> latest(String currency, LocalDate date, LocalDate after) {
        return db.sql("""
                        select cny from fx_rate where currency = :c and rate_date <= :d and rate_date > :earliest
                        order by rate_date desc limit 1""")
                .bind("c", currency).bind("d", date).bind("earliest", after)
                .map(row -> row.get("cny", BigDecimal.class))
                .one();
    }
}
