package org.exportalliance.portal.delegation.api;

import java.util.UUID;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.Capacity;
import org.exportalliance.portal.delegation.DelegationDraft;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/delegations}: everybody reads delegations with their remaining capacity; staff create them, move
 * them through their states (cancelling with a reason), resize them, set tier quotas and run the allocation.
 * Applications are {@link ApplicationApi}; the shared-cost ledger is {@code delegation/ledger/api/LedgerApi}.
 */
@Configuration(proxyBeanMethods = false)
class DelegationApi {

    /** {@code reason} is required when {@code status} is CANCELLED (the firms read it), and not used otherwise. */
    record StatusChange(@Nullable DelegationStatus status, @Nullable String reason) {}

    record CapacityRequest(@Nullable Integer firmSlots, java.math.@Nullable BigDecimal areaM2, @Nullable Integer seats) {}

    private final DelegationService delegations;
    private final AllocationService allocation;
    private final Idempotency idempotency;
    private final ApiJson json;

    DelegationApi(DelegationService delegations, AllocationService allocation, Idempotency idempotency,
            ApiJson json) {
        this.delegations = delegations;
        this.allocation = allocation;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> delegationRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations", this::list)
                .GET("/v1/delegations/{id}", this::get)
                .POST("/v1/delegations", this::create)
                .POST("/v1/delegations/{id}/status", this::move)
                .PUT("/v1/delegations/{id}/capacity", this::resize)
                .GET("/v1/delegations/{id}/quotas", this::quotas)
                .PUT("/v1/delegations/{id}/quotas", this::setQuotas)
                .POST("/v1/delegations/{id}/allocate", this::allocate)
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
}
