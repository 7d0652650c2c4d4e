package org.exportalliance.portal.delegation.api;

import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.ApplicationDraft;
import org.exportalliance.portal.delegation.ApplicationNotFound;
import org.exportalliance.portal.delegation.AutoReason;
import org.exportalliance.portal.delegation.Capacity;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationDraft;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/delegations} and {@code /api/v1/applications}: everybody reads delegations with their remaining
 * capacity; staff create them, move them through their states (cancelling with a reason) and decide applications;
 * a firm's users apply (with Idempotency-Key), list and withdraw their own firm's applications. Another firm's
 * application is a 404, and so are the cost items of a delegation the firm does not take part in.
 */
@Configuration(proxyBeanMethods = false)
class DelegationApi {

    /** {@code reason} is required when {@code status} is CANCELLED (the firms read it), and not used otherwise. */
    record StatusChange(@Nullable DelegationStatus status, @Nullable String reason) {}

    record DecisionRequest(@Nullable Decision decision, @Nullable String reason) {}

    record ScoreRequest(@Nullable Integer exportPotential) {}

    record CapacityRequest(@Nullable Integer firmSlots, java.math.@Nullable BigDecimal areaM2, @Nullable Integer seats) {}

    private final DelegationService delegations;
    private final AllocationService allocation;
    private final LedgerService ledger;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final MessageSource messages;

    DelegationApi(DelegationService delegations, AllocationService allocation, LedgerService ledger,
            Idempotency idempotency, ApiJson json, MessageSource messages) {
        this.ledger = ledger;
        this.delegations = delegations;
        this.allocation = allocation;
        this.idempotency = idempotency;
        this.json = json;
        this.messages = messages;
    }

    @Bean
    RouterFunction<ServerResponse> delegationRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations", this::list)
                .GET("/v1/delegations/{id}", this::get)
                .POST("/v1/delegations", this::create)
                .POST("/v1/delegations/{id}/status", this::move)
                .POST("/v1/delegations/{id}/applications", this::apply)
                .GET("/v1/delegations/{id}/applications", this::applications)
                .GET("/v1/applications/{id}", this::application)
                .POST("/v1/applications/{id}/withdraw", this::withdraw)
                .POST("/v1/applications/{id}/accept", this::accept)
                .POST("/v1/applications/{id}/decision", this::decide)
                .PUT("/v1/applications/{id}/score", this::score)
                .PUT("/v1/applications/{id}", this::edit)
                .PUT("/v1/delegations/{id}/capacity", this::resize)
                .GET("/v1/delegations/{id}/quotas", this::quotas)
                .PUT("/v1/delegations/{id}/quotas", this::setQuotas)
                .POST("/v1/delegations/{id}/allocate", this::allocate)
                .GET("/v1/delegations/{id}/cost-items", this::costItems)
                .POST("/v1/delegations/{id}/cost-items", this::addCostItem)
                .GET("/v1/delegations/{id}/statement", this::statement)
                .GET("/v1/delegations/{id}/statements", this::statements)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        DelegationStatus status = ApiRequests.enumValue(request, "status", DelegationStatus.class);
        return ApiActor.current()
                .thenMany(delegations.list(status))
                .map(DelegationJson::of)
                .collectList()
                .flatMap(items -> ApiResponses.items(items));
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().then(delegations.find(id)).map(DelegationJson::of).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> create(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, DelegationDraft.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/delegations " + json.write(body),
                        () -> delegations.create(actor, body).map(d -> StoredResponse.created(
                                "/api/v1/delegations/" + d.id(), ApiRequests.etag(d.version()),
                                json.write(DelegationJson.of(d)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> move(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, StatusChange.class)
                .flatMap(body -> body.status() == null ? Mono.error(ApiRequests.bad("status"))
                        : delegations.moveTo(actor, id, body.status(), body.reason())))
                .map(DelegationJson::of).flatMap(ApiResponses::json);
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

    /** New capacity, checked by the same rules as a new delegation's ({@link DelegationRules#checkCapacity}). */
    Mono<ServerResponse> resize(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, CapacityRequest.class)
                        .flatMap(body -> Checks.valid(DelegationRules.checkCapacity(body.firmSlots(), body.areaM2(),
                                        body.seats()))
                                .then(Mono.defer(() -> ApiRequests.ifMatchVersion(request).map(Mono::just)
                                        .orElseGet(() -> delegations.find(id).map(d -> d.version()))))
                                .flatMap(version -> delegations.resize(actor, id, version,
                                        new Capacity(body.firmSlots(), body.areaM2(), body.seats())))))
                .map(DelegationJson::of).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> costItems(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().flatMapMany(actor -> ledger.items(actor, id)).collectList()
                .flatMap(items -> ApiResponses.items(items));
    }

    Mono<ServerResponse> addCostItem(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request,
                        org.exportalliance.portal.delegation.ledger.CostItemDraft.class)
                .flatMap(body -> ledger.addItem(actor, id, body)))
                .flatMap(item -> ServerResponse.status(201).contentType(MediaType.APPLICATION_JSON).bodyValue(item));
    }

    /** The caller's firm's statement; staff name the firm with {@code firmId}. */
    Mono<ServerResponse> statement(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().flatMap(actor -> {
            UUID firm = ApiRequests.text(request, "firmId").map(f -> {
                try {
                    return UUID.fromString(f);
                } catch (IllegalArgumentException e) {
                    throw ApiRequests.bad("firmId");
                }
            }).orElse(actor.firmId());
            return ledger.statement(actor, id, firm);
        }).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> statements(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().flatMapMany(actor -> ledger.allStatements(actor, id)).collectList()
                .flatMap(items -> ApiResponses.items(items));
    }

    Mono<ServerResponse> score(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ApplicationNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, ScoreRequest.class)
                        .flatMap(body -> allocation.score(actor, id, body.exportPotential())))
                .then(ServerResponse.noContent().build());
    }

    Mono<ServerResponse> quotas(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().then(delegations.find(id)).then(allocation.quotas(id)).flatMap(ApiResponses::json);
    }

    @SuppressWarnings("unchecked")
    Mono<ServerResponse> setQuotas(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, java.util.Map.class)
                        .flatMap(body -> allocation.setQuotas(actor, id, toQuotas(body))))
                .flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> allocate(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.staff().flatMap(actor -> allocation.allocate(actor, id)).flatMap(ApiResponses::json);
    }

    /** Quotas as tier → whole number; anything else names the tier in a 400. */
    private static java.util.Map<String, Integer> toQuotas(java.util.Map<?, ?> body) {
        java.util.Map<String, Integer> quotas = new java.util.LinkedHashMap<>();
        body.forEach((tier, value) -> quotas.put(String.valueOf(tier),
                value instanceof Integer n ? n : value instanceof Long n && n <= Integer.MAX_VALUE ? n.intValue() : -1));
        return quotas;
    }

    private ApplicationJson view(DelegationApplication a, Locale locale) {
        String text = a.decisionReason() == null ? null
                : AutoReason.render(a.decisionReason(), (key, args) -> messages.getMessage(key, args, key, locale));
        return ApplicationJson.of(a, text);
    }
}
