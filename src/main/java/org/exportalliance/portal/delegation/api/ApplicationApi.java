package org.exportalliance.portal.delegation.api;

import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.ApplicationDraft;
import org.exportalliance.portal.delegation.ApplicationNotFound;
import org.exportalliance.portal.delegation.AutoReason;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/delegations/{id}/applications} and {@code /api/v1/applications}: a firm's users apply (with
 * Idempotency-Key), list, edit, withdraw their own firm's applications and accept an offered place; staff decide
 * applications and score them for an allocation run. Another firm's application is a 404. Decision reasons are
 * rendered in the caller's language.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationApi {

    record DecisionRequest(@Nullable Decision decision, @Nullable String reason) {}

    record ScoreRequest(@Nullable Integer exportPotential) {}

    private final DelegationService delegations;
    private final AllocationService allocation;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final MessageSource messages;

    ApplicationApi(DelegationService delegations, AllocationService allocation, Idempotency idempotency,
            ApiJson json, MessageSource messages) {
        this.delegations = delegations;
        this.allocation = allocation;
        this.idempotency = idempotency;
        this.json = json;
        this.messages = messages;
    }

    @Bean
    RouterFunction<ServerResponse> applicationRoutes() {
        return RouterFunctions.route()
                .POST("/v1/delegations/{id}/applications", this::apply)
                .GET("/v1/delegations/{id}/applications", this::applications)
                .GET("/v1/applications/{id}", this::application)
                .POST("/v1/applications/{id}/withdraw", this::withdraw)
                .POST("/v1/applications/{id}/accept", this::accept)
                .POST("/v1/applications/{id}/decision", this::decide)
                .PUT("/v1/applications/{id}/score", this::score)
                .PUT("/v1/applications/{id}", this::edit)
                .build();
    }

    Mono<ServerResponse> apply(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        String key = request.headers().firstHeader(Idempotency.HEADER);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ApplicationDraft.class)
                .flatMap(body -> idempotency.execute(actor, key,
                        "POST /v1/delegations/" + id + "/applications " + json.write(body),
                        () -> delegations.apply(actor, id, body).map(a -> StoredResponse.created(
                                "/api/v1/applications/" + a.id(), ApiRequests.etag(a.version()),
                                json.write(view(a, locale)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> applications(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.current()
                .flatMapMany(actor -> delegations.applications(actor, id))
                .map(a -> view(a, locale))
                .collectList()
                .flatMap(items -> ApiResponses.items(items));
    }

    Mono<ServerResponse> application(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ApplicationNotFound::new);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.current().flatMap(actor -> delegations.application(actor, id))
                .map(a -> view(a, locale)).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> withdraw(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ApplicationNotFound::new);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.current().flatMap(actor -> delegations.withdraw(actor, id))
                .map(a -> view(a, locale)).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> accept(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ApplicationNotFound::new);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.current().flatMap(actor -> delegations.accept(actor, id))
                .map(a -> view(a, locale)).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> decide(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ApplicationNotFound::new);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, DecisionRequest.class)
                .flatMap(body -> body.decision() == null ? Mono.error(ApiRequests.bad("decision"))
                        : delegations.decide(actor, id, body.decision(), body.reason())))
                .map(a -> view(a, locale)).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> edit(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ApplicationNotFound::new);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ApplicationDraft.class)
                        .flatMap(body -> delegations.edit(actor, id, body)))
                .map(a -> view(a, locale)).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> score(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ApplicationNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, ScoreRequest.class)
                        .flatMap(body -> allocation.score(actor, id, body.exportPotential())))
                .then(ServerResponse.noContent().build());
    }

    private ApplicationJson view(DelegationApplication a, Locale locale) {
        String text = a.decisionReason() == null ? null
                : AutoReason.render(a.decisionReason(), (key, args) -> messages.getMessage(key, args, key, locale));
        return ApplicationJson.of(a, text);
    }
}
