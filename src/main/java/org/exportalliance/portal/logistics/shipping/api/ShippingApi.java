package org.exportalliance.portal.logistics.shipping.api;

import java.util.UUID;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.logistics.shipping.ExhibitNotFound;
import org.exportalliance.portal.logistics.shipping.ShippingMilestone;
import org.exportalliance.portal.logistics.shipping.ShippingService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/delegations/{id}/shipments} and {@code /api/v1/exhibits/{id}/milestones}: staff see every exhibit's
 * shipping milestones, a firm its own; staff and the exhibit's firm record the next milestone (a skipped or repeated
 * one, or one somebody recorded first, is a 409). Another firm's exhibit is a 404.
 */
@Configuration(proxyBeanMethods = false)
class ShippingApi {

    record MilestoneRequest(@Nullable ShippingMilestone milestone, @Nullable String reference) {}

    private final ShippingService shipping;
    private final Idempotency idempotency;
    private final ApiJson json;

    ShippingApi(ShippingService shipping, Idempotency idempotency, ApiJson json) {
        this.shipping = shipping;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> shippingRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations/{id}/shipments", this::list)
                .POST("/v1/exhibits/{id}/milestones", this::record)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current()
                .flatMapMany(actor -> shipping.shipments(actor, id))
                .map(ShipmentJson::of)
                .collectList()
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> record(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ExhibitNotFound::new);
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, MilestoneRequest.class)
                        .flatMap(body -> idempotency.execute(actor, key,
                                "POST /v1/exhibits/" + id + "/milestones " + json.write(body),
                                () -> shipping.record(actor, id, body.milestone(), body.reference())
                                        .map(s -> new StoredResponse(201, null, ApiRequests.etag(s.version()),
                                                json.write(ShipmentJson.of(s)), false)))))
                .flatMap(StoredResponse::render);
    }
}
