package org.exportalliance.portal.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.time.Duration;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Latency buckets only where a dashboard panel reads them: the API's requests ("API p99 latency by uri" in
 * deploy/grafana). A percentile histogram on every request series (Micrometer's ~70 buckets each, for every uri,
 * method, status and outcome, Vaadin's and the probes' included) made the scrape several megabytes; these 12
 * fixed buckets per API series answer the p99 panel; every other request series keeps its count, sum and max and one
 * bucket ({@link #OTHER_BUCKET}).
 */
@Configuration(proxyBeanMethods = false)
class RequestHistograms {

    /** Bucket bounds for API latency: enough to read p50/p99 between a few milliseconds and ten seconds. */
    static final Duration[] API_BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    /**
     * One bound for every other request series. They need some bucket: Prometheus keeps one type per metric name, and
     * a timer without buckets is a summary, so mixing the two under {@code http_server_requests_seconds} fails the
     * whole scrape. One bound (how many took over a second) costs two lines per series instead of ~70.
     */
    static final Duration OTHER_BUCKET = Duration.ofSeconds(1);

    @Bean
    MeterFilter requestLatencyBuckets() {
        double[] api = Stream.of(API_BUCKETS).mapToDouble(d -> d.toNanos()).toArray();
        double[] other = {OTHER_BUCKET.toNanos()};
        return new MeterFilter() {
            @Override
            public @Nullable DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                String uri = id.getTag("uri");
                double[] bounds = uri != null && uri.startsWith("/api/") ? api : other;
                return DistributionStatisticConfig.builder().percentilesHistogram(false)
                        .serviceLevelObjectives(bounds).build().merge(config);
            }
        };
    }
}
