package org.exportalliance.portal.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The insight dashboards. The alliance's is for everyone signed in, and suppressed for everyone but staff; a firm's
 * own is its orders alone. Both read pre-aggregated or firm-scoped data only, so they stay fast at any size.
 */
@Service
public class InsightService {

    static final int FAIRS_SHOWN = 50;
    static final int FIRST_YEAR = 2000;

    private final InsightRepository repository;
    private final WonByMarketCache wonByMarket;
    private final FirmFigureRepository firmFigures;
    private final Clock clock;

    InsightService(InsightRepository repository, WonByMarketCache wonByMarket, FirmFigureRepository firmFigures,
            Clock clock) {
        this.repository = repository;
        this.wonByMarket = wonByMarket;
        this.firmFigures = firmFigures;
        this.clock = clock;
    }

    /** The current year, the dashboards' default. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The alliance dashboard of {@code year} as the actor may see it. */
    public Mono<AllianceInsight> alliance(Actor actor, int year) {
        return checkYear(year).then(Mono.defer(() -> {
            boolean staff = actor.isStaff();
            LocalDate start = LocalDate.of(year, 1, 1);
            ZoneId zone = clock.getZone();
            List<String> sources = Arrays.stream(LeadSource.values()).map(Enum::name).toList();
            Mono<MarketTable> markets = Mono.zip(wonByMarket.year(year), wonByMarket.year(year - 1))
                    .map(t -> AllianceTables.markets(year, t.getT1(), t.getT2(), staff));
            LocalDate today = LocalDate.now(clock);
            Mono<List<FairReturn>> fairs = repository.fairReturns(today, FAIRS_SHOWN)
                    .map(row -> FairWindows.publish(row, today, staff)).collectList();
            Mono<List<ConversionRow>> conversion = repository.claimsBySourceAndOutcome(
                            start.atStartOfDay(zone).toOffsetDateTime(),
                            start.plusYears(1).atStartOfDay(zone).toOffsetDateTime())
                    .collectList().map(tallies -> AllianceTables.conversion(tallies, sources, staff));
            return Mono.zip(years(), markets, fairs, conversion)
                    .map(t -> new AllianceInsight(year, t.getT1(), staff, t.getT2(), t.getT3(), t.getT4()));
        }));
    }

    /** The actor's firm's own dashboard of {@code year}. */
    public Mono<FirmInsight> firm(Actor actor, int year) {
        return checkYear(year).then(Mono.defer(() -> firmFigures.of(actor.firmId(), year)));
    }

    /** The years with won orders, and this year. */
    private Mono<List<Integer>> years() {
        int now = currentYear();
        return repository.yearsWithOrders().map(span -> span.length == 0
                ? List.of(now)
                : IntStream.rangeClosed(Math.min(span[0], now), Math.max(span[1], now)).boxed().toList());
    }

    private Mono<Void> checkYear(int year) {
        return year < FIRST_YEAR || year > currentYear() + 1
                ? Mono.error(new InvalidInput(List.of(new FieldProblem("year", "insight.year.invalid"))))
                : Mono.empty();
    }
}
