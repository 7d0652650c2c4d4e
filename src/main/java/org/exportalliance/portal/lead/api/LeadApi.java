package org.exportalliance.portal.lead.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadNotFound;
import org.exportalliance.portal.lead.LeadPage;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.platform.api.ApiActor;
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
 * {@code /api/v1/leads}: the leads the caller may see (filters: country, category, source, q; cursor pagination),
 * one lead, creating (Idempotency-Key) and replacing (If-Match) leads, and the audited reveal of a lead's contacts.
 * Another firm's lead the caller may not see is a 404, like one that does not exist.
 */
@Configuration(proxyBeanMethods = false)
public class LeadApi {

    static final int DEFAULT_LIMIT = 50;
    private final LeadService leads;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final Clock clock;

    LeadApi(LeadService leads, Idempotency idempotency, ApiJson json, Clock clock) {
        this.leads = leads;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    @Bean
    RouterFunction<ServerResponse> leadRoutes() {
        return RouterFunctions.route()
                .GET("/v1/leads", this::list)
                .GET("/v1/leads/{id}", this::get)
                .POST("/v1/leads", this::create)
                .PUT("/v1/leads/{id}", this::replace)
                .GET("/v1/leads/{id}/contacts", this::contacts)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        int limit = ApiRequests.limit(request, DEFAULT_LIMIT, LeadPage.MAX_LIMIT);
        LeadFilter filter = new LeadFilter(
                ApiRequests.text(request, "country").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null),
                ApiRequests.text(request, "category").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null),
                ApiRequests.enumValue(request, "source", LeadSource.class),
                ApiRequests.text(request, "q").orElse(null),
                ApiRequests.flag(request, "mine", false));
        LeadPage page = ApiRequests.text(request, "cursor")
                .map(c -> ApiRequests.decodeCursor(c, 2))
                .map(parts -> LeadPage.after(parseTime(parts[0]), parseId(parts[1]), limit + 1))
                .orElse(LeadPage.of(0, limit + 1));
        return ApiActor.current()
                .flatMap(actor -> leads.search(actor, filter, page).collectList())
                .flatMap(rows -> ApiResponses.page(rows, limit, row -> LeadJson.of(row, clock.getZone()),
                        last -> ApiRequests.cursor(last.lead().createdAt().toString(), last.lead().id().toString())));
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, LeadNotFound::new);
        return ApiActor.current().flatMap(actor -> leads.find(actor, id))
                .flatMap(row -> ApiResponses.json(LeadJson.of(row, clock.getZone()), row.lead().version()));
    }

    Mono<ServerResponse> create(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, LeadRequest.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/leads " + json.write(body),
                        () -> Mono.fromCallable(body::toDraft).flatMap(draft -> leads.create(actor, draft))
                                .map(saved -> StoredResponse.created("/api/v1/leads/" + saved.lead().id(),
                                        ApiRequests.etag(saved.lead().version()), json.write(LeadJson.of(
                                                saved.lead(), saved.signals(), clock.getZone())))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> replace(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, LeadNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, LeadRequest.class)
                .flatMap(body -> Mono.fromCallable(body::toDraft)
                        .flatMap(draft -> ApiRequests.ifMatchVersion(request).map(Mono::just)
                                .orElseGet(() -> leads.find(actor, id).map(row -> row.lead().version()))
                                .flatMap(version -> leads.update(actor, id, version, draft)))))
                .flatMap(saved -> ApiResponses.json(LeadJson.of(saved.lead(), saved.signals(), clock.getZone()),
                        saved.lead().version()));
    }

    Mono<ServerResponse> contacts(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, LeadNotFound::new);
        return ApiActor.current().flatMap(actor -> leads.reveal(actor, id))
                .flatMap(list -> ApiResponses.items(list.stream().map(LeadRequest.ContactJson::of).toList()));
    }

    private static OffsetDateTime parseTime(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiRequests.bad("cursor");
        }
    }

    static UUID parseId(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad("cursor");
        }
    }
}
