package org.exportalliance.portal.platform.api;

import org.springframework.context.ApplicationContext;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds the route a request is for, so that an answer given by a filter before routing (401, 413, 408) is counted
 * under the route's template in the metrics rather than as UNKNOWN.
 */
final class ApiRoutes {

    private final ApplicationContext context;

    ApiRoutes(ApplicationContext context) {
        this.context = context;
    }

    /** Set on a request that no route takes, so its metrics say NOT_FOUND (as a 404 of it would), not UNKNOWN. */
    static final String UNMATCHED = ApiRoutes.class.getName() + ".unmatched";

    Mono<Void> tag(ServerWebExchange exchange) {
        return context.getBean(RouterFunctionMapping.class).getHandler(exchange)
                .onErrorResume(e -> Mono.empty())
                .switchIfEmpty(Mono.fromRunnable(() -> exchange.getAttributes().put(UNMATCHED, true)))
                .then();
    }
}
