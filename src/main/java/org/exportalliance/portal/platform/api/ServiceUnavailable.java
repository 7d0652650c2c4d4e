package org.exportalliance.portal.platform.api;

import java.util.List;
import org.exportalliance.portal.platform.db.DatabaseOutage;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The API's answer while the database is unavailable ({@link DatabaseOutage}): 503 problem+json with
 * {@code Retry-After}, so a client waits and retries instead of treating it as a bug. Nothing is logged per request;
 * {@code DatabaseAvailability} logs the outage once when it starts and once when it ends.
 */
final class ServiceUnavailable {

    static final String RETRY_AFTER_SECONDS = Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds());

    private ServiceUnavailable() {}

    static Mono<Void> write(ServerWebExchange exchange, ApiProblems problems) {
        if (!exchange.getResponse().isCommitted()) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return problems.write(exchange, 503, "service-unavailable", "error.service-unavailable", new Object[0],
                List.of());
    }
}
