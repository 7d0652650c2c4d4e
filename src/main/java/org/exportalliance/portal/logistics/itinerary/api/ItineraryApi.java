package org.exportalliance.portal.logistics.itinerary.api;

import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryItemNotFound;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiDownloads;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/delegations/{id}/itinerary} and {@code /api/v1/itinerary-items}: the caller's view of a delegation's
 * itinerary as JSON or as an iCalendar file; staff add delegation-wide items, a firm taking part its own (with
 * Idempotency-Key); each item's keeper changes or removes it. Another firm's item is a 404.
 */
@Configuration(proxyBeanMethods = false)
class ItineraryApi {

    private final ItineraryService itinerary;
    private final Idempotency idempotency;
    private final ApiJson json;

    ItineraryApi(ItineraryService itinerary, Idempotency idempotency, ApiJson json) {
        this.itinerary = itinerary;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> itineraryRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations/{id}/itinerary", this::list)
                .POST("/v1/delegations/{id}/itinerary", this::add)
                .GET("/v1/delegations/{id}/itinerary.ics", this::calendar)
                .GET("/v1/itinerary-items/{id}", this::get)
                .PUT("/v1/itinerary-items/{id}", this::change)
                .DELETE("/v1/itinerary-items/{id}", this::remove)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current()
                .flatMap(actor -> itinerary.items(actor, id).map(i -> ItineraryItemJson.of(i, actor)).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> add(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ItineraryDraft.class)
                        .flatMap(body -> idempotency.execute(actor, key,
                                "POST /v1/delegations/" + id + "/itinerary " + json.write(body),
                                () -> itinerary.add(actor, id, body).map(i -> StoredResponse.created(
                                        "/api/v1/itinerary-items/" + i.id(), ApiRequests.etag(i.version()),
                                        json.write(ItineraryItemJson.of(i, actor)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ItineraryItemNotFound::new);
        return ApiActor.current().flatMap(actor -> itinerary.item(actor, id).map(i -> ItineraryItemJson.of(i, actor)))
                .flatMap(this::withEtag);
    }

    /** The keeper's change; {@code If-Match} with a stale version is a 409. */
    Mono<ServerResponse> change(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ItineraryItemNotFound::new);
        Long expected = ApiRequests.ifMatchVersion(request).orElse(null);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ItineraryDraft.class)
                        .flatMap(body -> itinerary.change(actor, id, expected, body))
                        .map(i -> ItineraryItemJson.of(i, actor)))
                .flatMap(this::withEtag);
    }

    Mono<ServerResponse> remove(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ItineraryItemNotFound::new);
        return ApiActor.current().flatMap(actor -> itinerary.remove(actor, id))
                .then(ServerResponse.noContent().build());
    }

    /** The caller's itinerary as an iCalendar download, in {@code lang} (zh-CN or en; else the Accept-Language). */
    Mono<ServerResponse> calendar(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        Locale locale = ApiRequests.language(request, "lang");
        return ApiActor.current().flatMap(actor -> itinerary.calendar(actor, id, locale))
                .flatMap(ApiDownloads::attachment);
    }

    private Mono<ServerResponse> withEtag(ItineraryItemJson item) {
        return ApiResponses.json(item, item.version());
    }
}
