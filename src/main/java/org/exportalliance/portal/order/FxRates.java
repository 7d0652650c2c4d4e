package org.exportalliance.portal.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.platform.Workers;
import org.exportalliance.portal.platform.i18n.IsoCodes;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The FX rates staff keep by date: what one unit of a currency was worth in CNY. A date without a rate of its own
 * (a weekend, a holiday) takes the latest rate of the {@link #STAND_IN_DAYS} days before it; beyond that the rate is
 * missing ({@link FxRateMissing}), never guessed.
 */
@Service
public class FxRates {

    /** How many days an earlier rate may stand in for a date without one. */
    public static final int STAND_IN_DAYS = 7;
    static final BigDecimal MAX_CNY = new BigDecimal("100000");
    private static final int SCALE = 10;

    private final FxRateRepository rates;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionalOperator tx;

    FxRates(FxRateRepository rates, AuditService audit, Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.rates = rates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Staff enter (or correct) one rate; audited. */
    public Mono<FxRate> set(Actor actor, FxRate rate) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(problems(rate, LocalDate.now(clock))))
                .then(Mono.defer(() -> rates.upsert(rate, actor.userId(), OffsetDateTime.now(clock))))
                .then(audit.record(actor.userId(), "fx.rate-set", "fx_rate", rate.currency() + "@" + rate.date(),
                        "cny=" + rate.cny().toPlainString()))
                .thenReturn(rate));
    }

    /**
     * Staff import a CSV or .xlsx file of rates ({@link FxRateFile}): all of them, replacing those of the same
     * currency and date, or none when any row is wrong ({@link InvalidInput} naming every row's problems by its row
     * number in the file). Audited with the count and the currencies.
     */
    public Mono<Integer> importFile(Actor actor, byte[] content) {
        LocalDate today = LocalDate.now(clock);
        return tx.transactional(Checks.staffOnly(actor)
                .then(Workers.call(() -> FxRateFile.parse(content, today)))
                .flatMap(parsed -> Checks.valid(parsed.problems()).thenReturn(parsed.rates()))
                .flatMap(list -> rates.upsertAll(list, actor.userId(), OffsetDateTime.now(clock))
                        .then(audit.record(actor.userId(), "fx.rates-imported", "fx_rate", "file",
                                "rows=" + list.size() + " currencies=" + list.stream().map(FxRate::currency)
                                        .distinct().sorted().collect(Collectors.joining(","))))
                        .thenReturn(list.size())));
    }

    static List<FieldProblem> problems(FxRate rate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!IsoCodes.isCurrency(rate.currency()) || rate.currency().equals("CNY")) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        if (rate.cny().signum() <= 0 || rate.cny().compareTo(MAX_CNY) >= 0 || rate.cny().scale() > SCALE) {
            problems.add(new FieldProblem("cny", "fx.validation.rate"));
        }
        if (rate.date().isAfter(today) || rate.date().isBefore(LocalDate.of(2000, 1, 1))) {
            problems.add(new FieldProblem("date", "fx.validation.date"));
        }
        return problems;
    }

    /** The latest rates of every currency, newest first. */
    public Flux<FxRate> recent(int limit) {
        return rates.recent(limit);
    }

    /** CNY per unit of the currency on the date: 1 for CNY, else its rate or a stand-in; {@link FxRateMissing}. */
    public Mono<BigDecimal> cnyPerUnit(String currency, LocalDate date) {
        if (currency.equals("CNY")) {
            return Mono.just(BigDecimal.ONE);
        }
        return rates.latest(currency, date, date.minusDays(STAND_IN_DAYS + 1))
                .switchIfEmpty(Mono.error(() -> new FxRateMissing(currency, date)));
    }

    /** The rates an order keeps on confirmation: CNY and USD per unit of its currency on the date. */
    public Mono<FxSnapshot> snapshot(String currency, LocalDate date) {
        // At the scale the order stores them, so the order returned after a move equals the one read back later.
        return cnyPerUnit(currency, date).zipWith(cnyPerUnit("USD", date),
                (cny, usdInCny) -> new FxSnapshot(date, cny.setScale(SCALE, RoundingMode.HALF_EVEN),
                        currency.equals("USD") ? BigDecimal.ONE.setScale(SCALE)
                                : cny.divide(usdInCny, SCALE, RoundingMode.HALF_EVEN)));
    }
}
