package org.exportalliance.portal.request.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestClosing;
import org.exportalliance.portal.request.RequestFilter;
import org.exportalliance.portal.request.RequestHandling;
import org.exportalliance.portal.request.RequestNotFound;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ServiceRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/requests}: a firm files requests and sees its own, a unit its queue, staff all; each step of the
 * loop is a POST on the request ({@code accept}, {@code return}, {@code priority}, {@code dispatch}, {@code take},
 * {@code pause}, {@code resume}, {@code resolve}, {@code confirm} with the rating, {@code reopen}, {@code withdraw})
 * with the version read (If-Match or {@code version}). Another firm's request is a 404, like none.
 */
@Configuration(proxyBeanMethods = false)
class RequestApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final RequestService requests;
    private final RequestTriage triage;
    private final RequestHandling handling;
    private final RequestClosing closing;
    private final Idempotency idempotency;
    private final ApiJson json;

    RequestApi(RequestService requests, RequestTriage triage, RequestHandling handling, RequestClosing closing,
            Idempotency idempotency, ApiJson json) {
        this.requests = requests;
        this.triage = triage;
        this.handling = handling;
        this.closing = closing;
        this.idempotency = idempotency;
        this.json = json;
    }

    /** A step: the actor, the request, the version read and the body. */
    private interface Step {
        Mono<ServiceRequest> take(Actor actor, UUID id, long version, StepBody body);
    }

    @Bean
    RouterFunction<ServerResponse> requestRoutes() {
        return RouterFunctions.route()
                .GET("/v1/requests", this::list)
                .POST("/v1/requests", this::file)
                .GET("/v1/requests/{id}", this::get)
                .GET("/v1/requests/{id}/events", this::events)
                .POST("/v1/requests/{id}/comments", this::comment)
                .POST("/v1/requests/{id}/accept", step((a, id, v, b) -> triage.accept(a, id, v)))
                .POST("/v1/requests/{id}/return", step((a, id, v, b) -> triage.returnToFirm(a, id, v, b.text())))
                .POST("/v1/requests/{id}/priority", step((a, id, v, b) -> triage.prioritise(a, id, v,
                        RequestCodes.of(Priority.class, b.priority(), "priority"))))
                .POST("/v1/requests/{id}/dispatch", step((a, id, v, b) -> triage.dispatch(a, id, v,
                        RequestCodes.required(b.unit(), "unit"))))
                .POST("/v1/requests/{id}/take", step((a, id, v, b) -> handling.take(a, id, v)))
                .POST("/v1/requests/{id}/pause", step((a, id, v, b) -> handling.pause(a, id, v, b.text())))
                .POST("/v1/requests/{id}/resume", step((a, id, v, b) -> handling.resume(a, id, v)))
                .POST("/v1/requests/{id}/resolve", step((a, id, v, b) -> handling.resolve(a, id, v, b.text())))
                .POST("/v1/requests/{id}/confirm", step((a, id, v, b) -> closing.confirm(a, id, v,
                        RequestCodes.required(b.rating(), "rating"), b.comment())))
                .POST("/v1/requests/{id}/reopen", step((a, id, v, b) -> closing.reopen(a, id, v, b.text())))
                .POST("/v1/requests/{id}/withdraw", step((a, id, v, b) -> closing.withdraw(a, id, v)))
                .POST("/v1/requests/{id}/refile", this::refile)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        int limit = ApiRequests.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
        int offset = ApiRequests.text(request, "cursor").map(c -> ApiRequests.decodeCursor(c, 1)[0])
                .map(RequestApi::offset).orElse(0);
        RequestStatus status = ApiRequests.enumValue(request, "status", RequestStatus.class);
        RequestFilter filter = new RequestFilter(status == null ? Set.of() : Set.of(status),
                ApiRequests.text(request, "unit").map(RequestApi::uuid).orElse(null),
                ApiRequests.text(request, "category").orElse(null), ApiRequests.text(request, "q").orElse(null),
                "due".equals(ApiRequests.text(request, "order").orElse("newest")) ? RequestFilter.Order.DUE
                        : RequestFilter.Order.NEWEST);
        return ApiActor.current()
                .flatMap(actor -> requests.list(actor, filter, offset, limit + 1).collectList())
                .flatMap(rows -> ApiResponses.page(rows, limit, RequestJson::of,
                        last -> ApiRequests.cursor(String.valueOf(offset + limit))));
    }

    Mono<ServerResponse> file(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, RequestBody.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/requests " + json.write(body),
                        () -> Mono.fromCallable(body::toDraft).flatMap(draft -> requests.file(actor, draft))
                                .map(saved -> StoredResponse.created("/api/v1/requests/" + saved.id(),
                                        ApiRequests.etag(saved.version()), json.write(RequestJson.of(saved)))))))
                .flatMap(StoredResponse::render);
    }

    /** A returned request filed again: its new title, description and urgency; the version read as If-Match. */
    Mono<ServerResponse> refile(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, RequestBody.class)
                        .flatMap(body -> Mono.fromCallable(body::toDraft)
                                .flatMap(draft -> requests.refile(actor, id, version(request, null), draft))))
                .flatMap(RequestApi::render);
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> requests.find(actor, id)).flatMap(RequestApi::render);
    }

    Mono<ServerResponse> events(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current()
                .flatMap(actor -> requests.history(actor, id).map(RequestJson.Event::of).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> comment(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, CommentBody.class)
                        .flatMap(body -> requests.comment(actor, id, body.text(),
                                Boolean.TRUE.equals(body.internal()))))
                .flatMap(event -> ApiResponses.json(RequestJson.Event.of(event)));
    }

    private HandlerFunction<ServerResponse> step(Step step) {
        return request -> {
            UUID id = ApiRequests.pathId(request, RequestNotFound::new);
            return ApiActor.current().flatMap(actor -> ApiRequests.body(request, StepBody.class)
                            .flatMap(body -> Mono.defer(() -> step.take(actor, id, version(request, body.version()),
                                    body))))
                    .flatMap(RequestApi::render);
        };
    }

    private static Mono<ServerResponse> render(ServiceRequest r) {
        return ApiResponses.json(RequestJson.of(r), r.version());
    }

    private static long version(ServerRequest request, @Nullable Long inBody) {
        return ApiRequests.ifMatchVersion(request).or(() -> Optional.ofNullable(inBody))
                .orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("version", "validation.required"))));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad("unit");
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
