package org.exportalliance.portal.order.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderNotFound;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/orders}, for firms' ERP systems: the caller's firm's orders (staff: all), one order with its ETag,
 * recording one (Idempotency-Key: posted twice with one key, stored once), replacing one and moving its stage (the
 * version read as If-Match, or as {@code version} in the body). Another firm's order is a 404, like none.
 */
@Configuration(proxyBeanMethods = false)
class OrderApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private final OrderService orders;
    private final Idempotency idempotency;
    private final ApiJson json;

    OrderApi(OrderService orders, Idempotency idempotency, ApiJson json) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> orderRoutes() {
        return RouterFunctions.route()
                .GET("/v1/orders", this::list)
                .GET("/v1/orders/{id}", this::get)
                .POST("/v1/orders", this::create)
                .PUT("/v1/orders/{id}", this::replace)
                .POST("/v1/orders/{id}/stage", this::stage)
                .GET("/v1/orders/{id}/stages", this::stages)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        int limit = ApiRequests.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
        int offset = ApiRequests.text(request, "cursor").map(c -> ApiRequests.decodeCursor(c, 1)[0])
                .map(OrderApi::offset).orElse(0);
        return ApiActor.current()
                .flatMap(actor -> orders.list(actor, offset, limit + 1).collectList())
                .flatMap(rows -> ApiResponses.page(rows, limit, OrderJson::of,
                        last -> ApiRequests.cursor(String.valueOf(offset + limit))));
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, OrderNotFound::new);
        return ApiActor.current().flatMap(actor -> orders.find(actor, id)).flatMap(OrderApi::render);
    }

    Mono<ServerResponse> create(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, OrderRequest.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/orders " + json.write(body),
                        () -> Mono.fromCallable(body::toDraft).flatMap(draft -> orders.create(actor, draft))
                                .map(saved -> StoredResponse.created("/api/v1/orders/" + saved.id(),
                                        ApiRequests.etag(saved.version()), json.write(OrderJson.of(saved)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> replace(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, OrderNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, OrderRequest.class)
                .flatMap(body -> Mono.fromCallable(body::toDraft).flatMap(draft ->
                        orders.update(actor, id, version(request, body.version()), draft))))
                .flatMap(OrderApi::render);
    }

    Mono<ServerResponse> stage(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, OrderNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, StageRequest.class)
                .flatMap(body -> Mono.fromCallable(() -> stageOf(body.stage()))
                        .flatMap(to -> orders.advance(actor, id, version(request, body.version()), to, body.on()))))
                .flatMap(OrderApi::render);
    }

    Mono<ServerResponse> stages(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, OrderNotFound::new);
        return ApiActor.current().flatMap(actor -> orders.stages(actor, id).map(OrderJson.Stage::of).collectList())
                .flatMap(ApiResponses::items);
    }

    private static Mono<ServerResponse> render(ExportOrder order) {
        return ApiResponses.json(OrderJson.of(order), order.version());
    }

    /** The version read: If-Match first, else the body's; one is required, so no edit overwrites another blindly. */
    private static long version(ServerRequest request, @Nullable Long inBody) {
        return ApiRequests.ifMatchVersion(request).or(() -> Optional.ofNullable(inBody))
                .orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("version",
                        "order.validation.version-required"))));
    }

    private static OrderStage stageOf(@Nullable String stage) {
        if (stage == null || stage.isBlank()) {
            throw new InvalidInput(List.of(new FieldProblem("stage", "validation.required")));
        }
        try {
            return OrderStage.valueOf(stage.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new FieldProblem("stage", "validation.bad-value")));
        }
    }

    private static int offset(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw ApiRequests.bad("cursor");
        }
    }
}
