package org.exportalliance.portal.order.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.exportalliance.portal.account.Actor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Demo FX rates: a daily rate for each currency the demo trades in, drifting a little around a plausible level.
 * Days that already have a rate keep it.
 */
@Component
class DemoRates {

    private final DatabaseClient db;
    private final Clock clock;

    DemoRates(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Mono<Void> seed(Actor staff, LocalDate from, LocalDate to) {
        return db.sql("""
                        insert into fx_rate (rate_date, currency, cny, entered_by, entered_at)
                        select d::date, c.code,
                               round(c.level * cast(1 + 0.01 * sin(extract(doy from d) / 9.0 + c.phase) as numeric),
                                     6), :by, :now
                        from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d,
                             (values ('USD', 7.12, 0.0), ('EUR', 7.68, 1.0), ('INR', 0.0853, 2.0),
                                     ('TRY', 0.207, 3.0), ('VND', 0.000281, 4.0), ('BDT', 0.0584, 5.0))
                                 as c(code, level, phase)
                        on conflict do nothing""")
                .bind("from", from).bind("to", to).bind("by", staff.userId())
                .bind("now", OffsetDateTime.now(clock))
                .then();
    }
}
