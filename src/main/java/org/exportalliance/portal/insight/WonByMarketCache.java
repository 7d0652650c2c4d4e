package org.exportalliance.portal.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.exportalliance.portal.insight.InsightRepository.GroupedTally;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A year's won orders grouped by market and month, kept while the year's version (insight_year_stamp, bumped in the
 * transaction of every change) stands. Reading the version is one primary-key lookup, so a request sees every
 * committed change, on any instance, and most requests skip the grouping. Before suppression: the same for every
 * viewer.
 */
@Component
class WonByMarketCache {

    private final InsightRepository repository;
    private final Map<Integer, Grouped> years = new ConcurrentHashMap<>();

    WonByMarketCache(InsightRepository repository) {
        this.repository = repository;
    }

    Mono<List<GroupedTally>> year(int year) {
        return repository.stampOf(year).flatMap(stamp -> {
            Grouped kept = years.get(year);
            if (kept != null && kept.stamp() == stamp) {
                return Mono.just(kept.tallies());
            }
            LocalDate start = LocalDate.of(year, 1, 1);
            return repository.wonByMarketAndMonth(start, start.plusYears(1)).collectList()
                    .doOnNext(tallies -> years.put(year, new Grouped(stamp, tallies)));
        });
    }

    private record Grouped(long stamp, List<GroupedTally> tallies) {

        Grouped {
            tallies = List.copyOf(tallies);
        }
    }
}
