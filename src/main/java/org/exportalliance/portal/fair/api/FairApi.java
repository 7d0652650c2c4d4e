package org.exportalliance.portal.fair.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairNotFound;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.fair.Sector;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.RenderedJson;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.live.LiveCache;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/fairs}: everybody reads the catalogue with filters and cursor pagination; staff create (with
 * Idempotency-Key), replace (with If-Match) and cancel.
 */
@Configuration(proxyBeanMethods = false)
class FairApi {

    static final int DEFAULT_LIMIT = 50;
    private final FairService fairs;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final Clock clock;
    private final LiveCache<ListQuery, RenderedJson> pages;

    /** One list request as it reaches the catalogue; "upcoming" depends on the day. */
    private record ListQuery(FairFilter filter, FairPage page, int limit, LocalDate today) {}

    FairApi(FairService fairs, Idempotency idempotency, ApiJson json, LiveEvents live, Clock clock) {
        this.fairs = fairs;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
        // Every caller reads the same catalogue, so a page is written to JSON once until a fair changes anywhere.
        this.pages = new LiveCache<>(live, FairService.TOPIC, FairService.KEPT_ROWS, query -> query.page().limit(),
                this::render);
    }

    @Bean
    RouterFunction<ServerResponse> fairRoutes() {
        return RouterFunctions.route()
                .GET("/v1/fairs", this::list)
                .GET("/v1/fairs/{id}", this::get)
                .POST("/v1/fairs", this::create)
                .PUT("/v1/fairs/{id}", this::replace)
                .POST("/v1/fairs/{id}/cancel", this::cancel)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        int limit = ApiRequests.limit(request, DEFAULT_LIMIT, FairPage.MAX_LIMIT);
        FairFilter filter = new FairFilter(
                ApiRequests.flag(request, "upcoming", false),
                ApiRequests.text(request, "country").map(c -> c.toUpperCase(java.util.Locale.ROOT)).orElse(null),
                ApiRequests.enumValue(request, "sector", Sector.class),
                ApiRequests.text(request, "q").orElse(null),
                ApiRequests.flag(request, "includeCancelled", true));
        FairPage page = ApiRequests.text(request, "cursor")
                .map(c -> ApiRequests.decodeCursor(c, 2))
                .map(parts -> FairPage.after(parseDate(parts[0]), parseId(parts[1]), limit + 1))
                .orElse(FairPage.of(0, limit + 1));
        return ApiActor.current()
                .then(pages.get(new ListQuery(filter, page, limit, LocalDate.now(clock))))
                .flatMap(rendered -> ApiResponses.rendered(request, rendered));
    }

    private Mono<RenderedJson> render(ListQuery query) {
        // One row more than asked tells whether another page follows.
        return fairs.search(query.filter(), FairSort.START_DATE, query.page()).collectList()
                .map(rows -> json.render(ApiResponses.pageBody(rows, query.limit(), FairJson::of,
                        last -> ApiRequests.cursor(last.startDate().toString(), last.id().toString()))));
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, FairNotFound::new);
        return ApiActor.current().then(fairs.find(id)).flatMap(FairApi::ok);
    }

    Mono<ServerResponse> create(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, FairRequest.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/fairs " + json.write(body),
                        () -> fairs.create(actor, body.toDraft()).map(fair -> StoredResponse.created(
                                "/api/v1/fairs/" + fair.id(), ApiRequests.etag(fair.version()),
                                json.write(FairJson.of(fair)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> replace(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, FairNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, FairRequest.class)
                .flatMap(body -> expectedVersion(request, id)
                        .flatMap(version -> fairs.update(actor, id, version, body.toDraft()))))
                .flatMap(FairApi::ok);
    }

    Mono<ServerResponse> cancel(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, FairNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, CancelRequest.class)
                .flatMap(body -> expectedVersion(request, id)
                        .flatMap(version -> fairs.cancel(actor, id, version, body.reason()))))
                .flatMap(FairApi::ok);
    }

    /** The version named by If-Match; without one, the current version (the client accepts last-writer-wins). */
    private Mono<Long> expectedVersion(ServerRequest request, UUID id) {
        return ApiRequests.ifMatchVersion(request).map(Mono::just).orElseGet(() -> fairs.find(id).map(Fair::version));
    }

    private static Mono<ServerResponse> ok(Fair fair) {
        return ApiResponses.json(FairJson.of(fair), fair.version());
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiRequests.bad("cursor");
        }
    }

    private static UUID parseId(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad("cursor");
        }
    }
}
