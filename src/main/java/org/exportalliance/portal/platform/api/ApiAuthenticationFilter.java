package org.exportalliance.portal.platform.api;

import java.util.List;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiTokenService;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The API's own, stateless security: every call but the public ones carries {@code Authorization: Bearer <token>}.
 * The token's actor goes into the reactive security context for the handlers. A missing or bad token is a 401 problem.
 */
class ApiAuthenticationFilter implements WebFilter, Ordered {

    /** Calls that need no bearer token: issuing one (HTTP Basic instead) and the API description. */
    private static final Set<String> PUBLIC = Set.of("POST /v1/tokens", "GET /v1/openapi.yaml");

    private final ApiTokenService tokens;
    private final ApiProblems problems;
    private final ApiRoutes routes;

    ApiAuthenticationFilter(ApiTokenService tokens, ApiProblems problems, ApiRoutes routes) {
        this.tokens = tokens;
        this.problems = problems;
        this.routes = routes;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        // POST /v1/tokens with a bearer token creates another token: that call is authenticated like any other.
        if (PUBLIC.contains(method.name() + " " + path) && !bearer) {
            return chain.filter(exchange);
        }
        if (!bearer) {
            return unauthorized(exchange);
        }
        return tokens.authenticate(header.substring(7).strip())
                .map(ApiAuthenticationFilter::authentication)
                .flatMap(auth -> chain.filter(exchange)
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(auth))
                        .thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> unauthorized(exchange).thenReturn(false)))
                .then();
    }

    private static UsernamePasswordAuthenticationToken authentication(Actor actor) {
        List<SimpleGrantedAuthority> authorities = actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }

    /** Looks the route up first, so the 401 is counted under its route template rather than UNKNOWN. */
    private Mono<Void> unauthorized(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"export-alliance\"");
        return routes.tag(exchange)
                .then(problems.write(exchange, 401, "unauthorized", "error.unauthorized", new Object[0], List.of()));
    }
}
