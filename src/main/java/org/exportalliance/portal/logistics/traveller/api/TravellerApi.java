package org.exportalliance.portal.logistics.traveller.api;

import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.logistics.traveller.InvitationLetters;
import org.exportalliance.portal.logistics.traveller.TravellerDraft;
import org.exportalliance.portal.logistics.traveller.TravellerNotFound;
import org.exportalliance.portal.logistics.traveller.TravellerService;
import org.exportalliance.portal.logistics.traveller.VisaStatus;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiDownloads;
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
 * Travellers of a delegation and their visa invitation letters. Staff list every firm's travellers and set visa
 * status; a firm's users name, change and remove their own (POST with Idempotency-Key, PUT with If-Match). The full
 * passport number is only in the single-traveller GET (audited); another firm's traveller is a 404, its letter too.
 */
@Configuration(proxyBeanMethods = false)
class TravellerApi {

    record VisaStatusChange(@Nullable VisaStatus status) {}

    private final TravellerService travellers;
    private final InvitationLetters letters;
    private final Idempotency idempotency;
    private final ApiJson json;

    TravellerApi(TravellerService travellers, InvitationLetters letters, Idempotency idempotency, ApiJson json) {
        this.travellers = travellers;
        this.letters = letters;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> travellerRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations/{id}/travellers", this::list)
                .POST("/v1/delegations/{id}/travellers", this::add)
                .GET("/v1/travellers/{id}/invitation-letter", this::letter)
                .POST("/v1/travellers/{id}/visa-status", this::visaStatus)
                .GET("/v1/travellers/{id}", this::get)
                .PUT("/v1/travellers/{id}", this::edit)
                .DELETE("/v1/travellers/{id}", this::remove)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current()
                .flatMapMany(actor -> travellers.list(actor, id))
                .map(TravellerJson::masked)
                .collectList()
                .flatMap(items -> ApiResponses.items(items));
    }

    Mono<ServerResponse> add(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, TravellerDraft.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/delegations/" + id + "/travellers "
                                + json.write(travellers.withoutPassportNumber(body)),
                        () -> travellers.add(actor, id, body).map(t -> StoredResponse.created(
                                "/api/v1/travellers/" + t.id(), ApiRequests.etag(t.version()),
                                json.write(TravellerJson.masked(t)))))))
                .flatMap(StoredResponse::render);
    }

    /** The one answer with the full passport number (the look is audited). */
    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, TravellerNotFound::new);
        return ApiActor.current()
                .flatMap(actor -> travellers.find(actor, id)
                        .zipWith(travellers.revealPassport(actor, id)))
                .flatMap(t -> ApiResponses.json(TravellerJson.of(t.getT1(), t.getT2()), t.getT1().version()));
    }

    Mono<ServerResponse> edit(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, TravellerNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, TravellerDraft.class)
                        .flatMap(body -> ApiRequests.ifMatchVersion(request).map(Mono::just)
                                .orElseGet(() -> travellers.find(actor, id).map(t -> t.version()))
                                .flatMap(version -> travellers.edit(actor, id, version, body))))
                .flatMap(t -> ApiResponses.json(TravellerJson.masked(t), t.version()));
    }

    Mono<ServerResponse> remove(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, TravellerNotFound::new);
        return ApiActor.current().flatMap(actor -> travellers.remove(actor, id))
                .then(ServerResponse.noContent().build());
    }

    Mono<ServerResponse> visaStatus(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, TravellerNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, VisaStatusChange.class)
                        .flatMap(body -> body.status() == null ? Mono.error(ApiRequests.bad("status"))
                                : travellers.setVisaStatus(actor, id, body.status())))
                .flatMap(t -> ApiResponses.json(TravellerJson.masked(t), t.version()));
    }

    /** {@code ?lang=zh-CN|en}; without it, the caller's Accept-Language. */
    Mono<ServerResponse> letter(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, TravellerNotFound::new);
        Locale language = ApiRequests.language(request, "lang");
        return ApiActor.current().flatMap(actor -> letters.letter(actor, id, language))
                .flatMap(ApiDownloads::attachment);
    }
}
