package org.exportalliance.portal.platform.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads every request body whole, within its route's {@link ApiBodyLimit}, before anything else runs, and hands the
 * rest of the chain the bytes from memory.
 *
 * <p>Why first: this filter runs on the servlet container's thread that received the request, and asks for the whole
 * body at once, so every read of the socket happens there or in the container's own read callbacks; after it, nothing
 * touches the container's input stream again, not even for a request without a body. Left to the
 * handlers, the body would be asked for after the token lookup, on the database driver's event loop, where a slow or
 * large body blocked the thread that every other request needs (issue 13). A body declared larger than the limit is
 * refused with 413 before a byte of it is read; one that does not arrive within the route's time gets 408.
 */
final class RequestBodies implements WebFilter, Ordered {

    /** A refused body is still read and dropped up to this much, so the client reads the refusal, not a reset. */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final ApiBodyLimit fallback;
    private final List<Route> routes;
    private final ApiProblems problems;
    private final ApiRoutes lookup;

    private record Route(PathPattern pattern, ApiBodyLimit limit) {}

    RequestBodies(ApiBodyLimit fallback, List<ApiBodyLimit> limits, ApiProblems problems, ApiRoutes lookup) {
        this.fallback = fallback;
        this.routes = limits.stream()
                .map(l -> new Route(PathPatternParser.defaultInstance.parse(l.pathPattern()), l)).toList();
        this.problems = problems;
        this.lookup = lookup;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long declared = headers.getContentLength();
        boolean chunked = headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            // No body: the rest of the chain reads an empty one without asking the container, whose readiness check
            // takes a lock that a database thread must never wait on.
            return chain.filter(exchange.mutate().request(new ReadBody(request, Flux.empty())).build());
        }
        ApiBodyLimit limit = limitFor(request);
        if (declared > limit.maxBytes()) {
            return tooLarge(exchange, limit).then(drain(request, limit.timeout()));
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, limit.maxBytes()))
                .timeout(limit.timeout())
                .map(Flux::just)
                .defaultIfEmpty(Flux.empty())
                .flatMap(body -> chain.filter(exchange.mutate().request(new ReadBody(request, body)).build()))
                .onErrorResume(DataBufferLimitException.class, e -> closing(exchange).then(tooLarge(exchange, limit)))
                .onErrorResume(TimeoutException.class, e -> closing(exchange).then(lookup.tag(exchange))
                        .then(Mono.defer(() -> problems.write(exchange, 408, "request-timeout",
                                "error.request-timeout", new Object[] {limit.timeout().toSeconds()}, List.of()))));
    }

    private ApiBodyLimit limitFor(ServerHttpRequest request) {
        var path = request.getPath().pathWithinApplication();
        return routes.stream().filter(r -> r.pattern().matches(path)).map(Route::limit).findFirst().orElse(fallback);
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, ApiBodyLimit limit) {
        return lookup.tag(exchange).then(Mono.defer(() -> problems.write(exchange, 413, "payload-too-large",
                "error.payload-too-large", new Object[] {limit.readableSize()}, List.of(),
                java.util.Map.of("maxBytes", limit.maxBytes()))));
    }

    /**
     * Reads and drops what the client still sends after its refusal, up to {@link #DRAIN_LIMIT} and the route's time:
     * a client that writes its whole body before reading then sees the answer. Past either, the connection is closed.
     * The answer goes out chunked and ends with the drain: Tomcat closes the connection of a 413 as soon as the answer
     * is complete, and a known length would complete it while the client is still sending.
     */
    private static Mono<Void> drain(ServerHttpRequest request, Duration timeout) {
        return request.getBody()
                .map(buffer -> {
                    int n = buffer.readableByteCount();
                    DataBufferUtils.release(buffer);
                    return (long) n;
                })
                .scan(0L, Long::sum)
                .takeUntil(total -> total > DRAIN_LIMIT)
                .timeout(timeout)
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    private static Mono<Void> closing(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().setConnection("close");
        return Mono.empty();
    }

    /** The request with its body already in memory. */
    private static final class ReadBody extends ServerHttpRequestDecorator {

        private final Flux<DataBuffer> body;

        ReadBody(ServerHttpRequest request, Flux<DataBuffer> body) {
            super(request);
            this.body = body;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return body;
        }
    }
}
