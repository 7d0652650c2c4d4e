package org.exportalliance.portal.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** UI requests are measured too, tagged by what they are rather than UNKNOWN; health and readiness answer. */
@PortalTest
class UiRequestMetricsTest {

    @LocalServerPort int port;

    @Test
    void a_ui_page_load_is_counted_under_a_named_uri() {
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        web.get().uri("/login").exchange().expectStatus().isOk();
        WebTestClient management = org.exportalliance.portal.support.ApiClient.management(port).build();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        String metrics = org.exportalliance.portal.support.ApiClient.metrics(port);
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .anyMatch(l -> l.contains("uri=\"/{view}\"") && l.contains("status=\"200\""))
                .noneMatch(l -> l.contains("uri=\"UNKNOWN\""));
    }
}
