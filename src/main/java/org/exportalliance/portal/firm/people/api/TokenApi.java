package org.exportalliance.portal.firm.people.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiToken;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.SignInChannel;
import org.exportalliance.portal.account.SignInRefusedForNow;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.mfa.SecondFactors;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Personal access tokens and the password through the API.
 * <ul>
 *   <li>{@code POST /api/v1/tokens} with HTTP Basic credentials issues a token for 90 days; an account with a second
 *       factor also sends a current code in {@code Portal-OTP}. Accounts that must still set a password or enrol a
 *       second factor do that in the browser first.</li>
 *   <li>{@code POST /api/v1/tokens} with a bearer token creates another with a name and an expiry; {@code GET} lists
 *       the live ones with their last use; {@code DELETE /api/v1/tokens/{id}} revokes one.</li>
 *   <li>{@code PUT /api/v1/me/password} changes the password, given the current one.</li>
 * </ul>
 * A token's secret is in the answer that creates it only; a repeat with the same Idempotency-Key answers without it.
 */
@Configuration(proxyBeanMethods = false)
class TokenApi {

    static final String CODE_HEADER = "Portal-OTP";

    record IssuedToken(UUID id, String name, @Nullable String token, Instant createdAt, Instant expiresAt) {

        static IssuedToken of(ApiToken t) {
            return new IssuedToken(t.id(), t.name(), t.secret(), t.createdAt(), t.expiresAt());
        }

        IssuedToken withoutSecret() {
            return new IssuedToken(id, name, null, createdAt, expiresAt);
        }
    }

    record TokenRequest(@Nullable String name, @Nullable Instant expiresAt) {}

    record PasswordRequest(@Nullable String currentPassword, @Nullable String newPassword) {}

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final SecondFactors factors;
    private final OwnAccountService own;
    private final Idempotency idempotency;
    private final ApiJson json;

    TokenApi(AccountService accounts, ApiTokenService tokens, SecondFactors factors, OwnAccountService own,
            Idempotency idempotency, ApiJson json) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.factors = factors;
        this.own = own;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> tokenRoutes() {
        return RouterFunctions.route()
                .POST("/v1/tokens", this::issueOrCreate)
                .GET("/v1/tokens", this::list)
                .DELETE("/v1/tokens/{id}", this::revoke)
                .PUT("/v1/me/password", this::password)
                .build();
    }

    Mono<ServerResponse> issueOrCreate(ServerRequest request) {
        String header = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? create(request) : issue(request);
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
                .flatMap(user -> stepsDone(user, request.headers().firstHeader(CODE_HEADER)))
                .map(UserAccount::asActor)
                .flatMap(actor -> tokens.issue(actor, name))
                .flatMap(token -> ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(IssuedToken.of(token)));
    }

    /** What the browser's sign-in asks after the password, the API asks too, or sends the person there. */
    private Mono<UserAccount> stepsDone(UserAccount user, @Nullable String code) {
        if (user.mustChangePassword()) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "account.password.must-change"));
        }
        if (!user.mfaEnrolled()) {
            return SecondFactors.required(user)
                    ? Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "account.mfa.enrol-first"))
                    : Mono.just(user);
        }
        if (code == null || code.isBlank() || code.length() > 40) {
            return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED, "account.mfa.code-needed"));
        }
        return factors.verify(user.id(), code).flatMap(ok -> ok ? Mono.just(user)
                : Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED, "account.mfa.code-wrong")));
    }

    Mono<ServerResponse> create(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        AtomicReference<IssuedToken> fresh = new AtomicReference<>();
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, TokenRequest.class)
                        .flatMap(body -> idempotency.execute(actor, key, "POST /v1/tokens " + json.write(body),
                                () -> own.createToken(actor, body.name(), body.expiresAt()).map(token -> {
                                    IssuedToken answer = IssuedToken.of(token);
                                    fresh.set(answer);
                                    return StoredResponse.created("/api/v1/tokens/" + token.id(), null,
                                            json.write(answer.withoutSecret()));
                                }))))
                .flatMap(stored -> fresh.get() == null ? stored.render()
                        : ServerResponse.created(java.net.URI.create("/api/v1/tokens/" + fresh.get().id()))
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(fresh.get()));
    }

    Mono<ServerResponse> list(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> own.tokens(actor).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> revoke(ServerRequest request) {
        UUID id;
        try {
            id = UUID.fromString(request.pathVariable("id"));
        } catch (IllegalArgumentException e) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return ApiActor.current()
                .flatMap(actor -> own.revokeToken(actor, id))
                .flatMap(revoked -> revoked ? ServerResponse.noContent().build()
                        : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** Changes the password; every browser session of the person ends (the API has none of its own to keep). */
    Mono<ServerResponse> password(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, PasswordRequest.class)
                        .flatMap(body -> body.currentPassword() == null || body.newPassword() == null
                                ? Mono.error(ApiRequests.bad(body.currentPassword() == null ? "currentPassword"
                                        : "newPassword"))
                                : own.changePassword(actor, body.currentPassword(), body.newPassword(), null)))
                .then(ServerResponse.noContent().build());
    }

    /** The client's address as the servlet container reports it (the proxy's word only where configured as trusted). */
    private static String hostOf(java.net.InetSocketAddress address) {
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }

    /** Username and password from {@code Authorization: Basic …}; a 401 when absent or unreadable. */
    private static String[] basic(@Nullable String header) {
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
