package org.exportalliance.portal.notification.webhook.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exportalliance.portal.notification.webhook.WebhookDeliveries;
import org.exportalliance.portal.notification.webhook.WebhookEndpointNotFound;
import org.exportalliance.portal.notification.webhook.WebhookEndpoints;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/webhooks}, for firm admins (their firm's endpoints) and staff (alliance-wide ones, and all): list,
 * create (the secret in the answer, once), update at a version (If-Match or {@code version}), delete, rotate the
 * secret (the new one in the answer, once), an endpoint's deliveries and "send again". A creation takes no
 * Idempotency-Key: a stored answer would keep the secret in the database.
 */
@Configuration(proxyBeanMethods = false)
class WebhookApi {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;

    WebhookApi(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @Bean
    RouterFunction<ServerResponse> webhookRoutes() {
        return RouterFunctions.route()
                .GET("/v1/webhooks", this::list)
                .POST("/v1/webhooks", this::create)
                .GET("/v1/webhooks/{id}", this::get)
                .PUT("/v1/webhooks/{id}", this::update)
                .DELETE("/v1/webhooks/{id}", this::delete)
                .POST("/v1/webhooks/{id}/rotate", this::rotate)
                .GET("/v1/webhooks/{id}/deliveries", this::deliveries)
                .POST("/v1/webhooks/{id}/deliveries/{delivery}/redeliver", this::redeliver)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> endpoints.list(actor).map(WebhookJson::of).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, WebhookEndpointNotFound::new);
        return ApiActor.current().flatMap(actor -> endpoints.find(actor, id))
                .flatMap(e -> ApiResponses.json(WebhookJson.of(e), e.version()));
    }

    Mono<ServerResponse> create(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, WebhookRequest.class)
                        .flatMap(body -> Mono.fromCallable(body::toDraft))
                        .flatMap(draft -> endpoints.create(actor, draft)))
                .flatMap(created -> ServerResponse.status(HttpStatus.CREATED)
                        .location(java.net.URI.create("/api/v1/webhooks/" + created.endpoint().id()))
                        .header("Cache-Control", "no-store")
                        .bodyValue(WebhookJson.Created.of(created)));
    }

    Mono<ServerResponse> update(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, WebhookEndpointNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, WebhookRequest.class)
                        .flatMap(body -> Mono.fromCallable(body::toDraft).flatMap(draft -> endpoints.update(actor,
                                id, version(request, body.version()), draft,
                                body.enabled() == null || body.enabled()))))
                .flatMap(e -> ApiResponses.json(WebhookJson.of(e), e.version()));
    }

    Mono<ServerResponse> delete(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, WebhookEndpointNotFound::new);
        return ApiActor.current().flatMap(actor -> endpoints.delete(actor, id))
                .then(ServerResponse.noContent().build());
    }

    Mono<ServerResponse> rotate(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, WebhookEndpointNotFound::new);
        return ApiActor.current().flatMap(actor -> endpoints.rotate(actor, id))
                .flatMap(rotated -> ServerResponse.ok().header("Cache-Control", "no-store")
                        .bodyValue(WebhookJson.Created.of(rotated)));
    }

    Mono<ServerResponse> deliveries(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, WebhookEndpointNotFound::new);
        int limit = ApiRequests.limit(request, 50, 200);
        return ApiActor.current().flatMap(actor -> deliveries.of(actor, id, limit))
                .map(found -> found.stream().map(WebhookJson.Delivery::of).toList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> redeliver(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, WebhookEndpointNotFound::new);
        String delivery = request.pathVariable("delivery");
        return ApiActor.current().flatMap(actor -> deliveries.again(actor, id, delivery))
                .then(ServerResponse.accepted().build());
    }

    /** The version read: If-Match first, else the body's; one is required, so no edit overwrites another blindly. */
    private static long version(ServerRequest request, @Nullable Long inBody) {
        return ApiRequests.ifMatchVersion(request).or(() -> Optional.ofNullable(inBody))
                .orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("version", "validation.required"))));
    }
}
