package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator answers on the management port only (issue 13): the public port gives no metrics away, the probes
 * and the scrape work on the management port, and the scrape carries latency buckets only for the API's series,
 * which the dashboard's p99 panel reads.
 */
@PortalTest
class ManagementPortTest {

    @LocalServerPort int port;

    @Test
    void the_public_port_serves_no_actuator() {
        assertThat(ApiClient.managementPort(port)).isNotEqualTo(port);
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/metrics")) {
            var answer = UiSignIn.web(port).get().uri(path).exchange().expectBody(String.class).returnResult();
            // Vaadin answers an unknown address with its page; what matters is that no actuator answers.
            assertThat(String.valueOf(answer.getResponseBody())).as(path)
                    .doesNotContain("jvm_memory").doesNotContain("\"status\":\"UP\"").doesNotContain("\"names\"");
        }
    }

    @Test
    void the_probes_answer_on_the_management_port() {
        var management = ApiClient.management(port).build();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void latency_buckets_are_kept_only_for_the_api_series_the_dashboard_reads() {
        UiSignIn.web(port).get().uri("/login").exchange().expectStatus().isOk();
        ApiClient.on(port).get().uri("/v1/me").exchange().expectStatus().isUnauthorized();
        String scrape = ApiClient.metrics(port);
        List<String> buckets = scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_bucket")).toList();
        assertThat(buckets.stream().filter(l -> l.contains("uri=\"/api/v1/me\"") && l.contains("status=\"401\"")))
                .as("12 buckets for one API series").hasSize(12);
        assertThat(buckets.stream().filter(l -> l.contains("uri=\"/{view}\"") && l.contains("status=\"200\"")))
                .as("2 for a UI series").hasSize(2);
        assertThat(scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .anyMatch(l -> l.contains("uri=\"/{view}\""));
    }

    /** {@code platform.observability.SecurityObservations}: access decisions are observed, filter chain passages not. */
    @Test
    void security_observes_access_decisions_but_not_each_requests_way_through_its_filters() {
        UiSignIn.web(port).get().uri("/login").exchange().expectStatus().isOk();
        String scrape = ApiClient.metrics(port);
        assertThat(scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .anyMatch(l -> l.contains("uri=\"/{view}\""));
        assertThat(scrape.lines()).anyMatch(l -> l.startsWith("spring_security_authorizations_seconds_count"));
        assertThat(scrape.lines()).noneMatch(l -> l.startsWith("spring_security_filterchains"));
    }
}
