package org.exportalliance.portal.account.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.SignInChannel;
import org.exportalliance.portal.account.SignInRefusedForNow;
import org.exportalliance.portal.account.UserAccount;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/tokens} with HTTP Basic credentials issues a personal access token; {@code DELETE
 * /api/v1/tokens/{id}} revokes one of the caller's own.
 */
@Configuration(proxyBeanMethods = false)
class TokenApi {

    record IssuedToken(UUID id, String name, String token, Instant createdAt) {}

    private final AccountService accounts;
    private final ApiTokenService tokens;

    TokenApi(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Bean
    RouterFunction<ServerResponse> tokenRoutes() {
        return RouterFunctions.route()
                .POST("/v1/tokens", this::issue)
                .DELETE("/v1/tokens/{id}", this::revoke)
                .build();
    }

    Mono<ServerResponse> issue(ServerRequest request) {
        String[] credentials = basic(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
        String name = request.queryParam("name").filter(n -> !n.isBlank() && n.length() <= 100).orElse("api");
        String address = request.remoteAddress().map(TokenApi::hostOf).orElse(null);
        return accounts.authenticate(credentials[0], credentials[1], address, SignInChannel.API)
                .onErrorResume(SignInRefusedForNow.class, e -> {
                    // The problem is written by the API's error handler; the header is set here, where the wait is known.
                    request.exchange().getResponse().getHeaders()
                            .set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
                    return Mono.error(new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, e.messageKey()));
                })
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "error.bad-credentials")))
                .map(UserAccount::asActor)
                .flatMap(actor -> tokens.issue(actor, name))
                .flatMap(token -> ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(new IssuedToken(token.id(), token.name(), token.secret(), token.createdAt())));
    }

    Mono<ServerResponse> revoke(ServerRequest request) {
        UUID id;
        try {
            id = UUID.fromString(request.pathVariable("id"));
        } catch (IllegalArgumentException e) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> (Actor) context.getAuthentication().getPrincipal())
                .flatMap(actor -> tokens.revoke(actor, id))
                .flatMap(revoked -> revoked ? ServerResponse.noContent().build()
                        : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The client's address as the servlet container reports it (the proxy's word only where configured as trusted). */
    private static String hostOf(java.net.InetSocketAddress address) {
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }

    /** Username and password from {@code Authorization: Basic …}; a 401 when absent or unreadable. */
    private static String[] basic(@org.jspecify.annotations.Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "error.bad-credentials");
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("no colon");
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "error.bad-credentials");
        }
    }
}
