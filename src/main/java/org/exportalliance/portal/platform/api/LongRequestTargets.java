package org.exportalliance.portal.platform.api;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request target (path and query) longer than any the API's routes and filters need is refused with 414 problem
 * details. Tomcat's own limit on the request line and headers ({@code server.max-http-request-header-size}) is set
 * well above this one, so that the refusal is the API's, in its own words, rather than Tomcat's HTML page; only a
 * request beyond Tomcat's limit still gets that page.
 */
final class LongRequestTargets implements WebFilter, Ordered {

    static final int MAX_TARGET = 8 * 1024;

    private final ApiProblems problems;
    private final ApiRoutes routes;

    LongRequestTargets(ApiProblems problems, ApiRoutes routes) {
        this.problems = problems;
        this.routes = routes;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        if (raw.length() + (query == null ? 0 : query.length() + 1) <= MAX_TARGET) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().setConnection("close");
        return routes.tag(exchange).then(Mono.defer(() -> problems.write(exchange, 414, "uri-too-long",
                "error.uri-too-long", new Object[] {MAX_TARGET / 1024 + " KB"}, List.of())));
    }
}
