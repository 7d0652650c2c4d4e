package org.exportalliance.portal.insight;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.exportalliance.portal.insight.InsightRepository.GroupedTally;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A year's won orders grouped by market and month, kept while the year's version (insight_year_stamp, bumped in the
 * transaction of every change) stands. Reading the version is one primary-key lookup, so a request sees every
 * committed change, on any instance (on the read replica, once it has it), and most requests skip the grouping.
 * Before suppression: the same for every viewer.
 */
@Component
class WonByMarketCache {

    private final InsightRepository repository;
    private final Map<Integer, Grouped> years = new ConcurrentHashMap<>();

    WonByMarketCache(InsightRepository repository) {
        this.repository = repository;
    }

    Mono<List<GroupedTally>> year(int year) {
        return Mono.defer(() -> {
            Grouped kept = years.get(year);
            return repository.wonByMarketAndMonth(year, kept == null ? null : kept.stamp()).map(read -> {
                List<GroupedTally> tallies = read.tallies();
                if (tallies == null && kept != null) {
                    return kept.tallies();
                }
                List<GroupedTally> fresh = tallies == null ? List.of() : tallies;
                years.put(year, new Grouped(read.stamp(), fresh));
                return fresh;
            });
        });
    }

    private record Grouped(long stamp, List<GroupedTally> tallies) {

        Grouped {
            tallies = List.copyOf(tallies);
        }
    }
}
