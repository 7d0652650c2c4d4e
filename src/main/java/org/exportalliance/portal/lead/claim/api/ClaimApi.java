package org.exportalliance.portal.lead.claim.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.LeadNotFound;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimDecisions;
import org.exportalliance.portal.lead.claim.ClaimNotFound;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Deal registration over the API: claim a lead's buyer ({@code 409} with the blind signal when another member holds
 * it), list the own firm's claims (staff: all), read one with its history, move it on, log activity, and staff's
 * decisions through {@code POST /v1/claims/{id}/status}.
 */
@Configuration(proxyBeanMethods = false)
class ClaimApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final LeadService leads;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final Clock clock;

    ClaimApi(ClaimService claims, ClaimDecisions decisions, LeadService leads, Idempotency idempotency, ApiJson json,
            Clock clock) {
        this.claims = claims;
        this.decisions = decisions;
        this.leads = leads;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    @Bean
    RouterFunction<ServerResponse> claimRoutes() {
        return RouterFunctions.route()
                .POST("/v1/leads/{id}/claims", this::claim)
                .GET("/v1/claims", this::list)
                .GET("/v1/claims/{id}", this::get)
                .GET("/v1/claims/{id}/history", this::history)
                .POST("/v1/claims/{id}/status", this::status)
                .POST("/v1/claims/{id}/activities", this::activity)
                .build();
    }

    Mono<ServerResponse> claim(ServerRequest request) {
        UUID leadId = ApiRequests.pathId(request, LeadNotFound::new);
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ClaimRequests.NewClaim.class)
                .flatMap(body -> idempotency.execute(actor, key,
                        "POST /v1/leads/" + leadId + "/claims " + json.write(body),
                        () -> categories(actor, leadId, body)
                                .flatMap(categories -> claims.claim(actor, leadId, categories))
                                .map(claim -> StoredResponse.created("/api/v1/claims/" + claim.id(),
                                        ApiRequests.etag(claim.version()), json.write(ClaimJson.of(claim, now())))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> list(ServerRequest request) {
        int limit = ApiRequests.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
        int offset = ApiRequests.text(request, "cursor").map(c -> ApiRequests.decodeCursor(c, 1)[0])
                .map(ClaimApi::parseOffset).orElse(0);
        boolean held = ApiRequests.flag(request, "held", false);
        return ApiActor.current()
                .flatMap(actor -> claims.list(actor, held, offset, limit + 1).collectList())
                .flatMap(rows -> {
                    OffsetDateTime now = now();
                    return ApiResponses.page(rows, limit, claim -> ClaimJson.of(claim, now),
                            last -> ApiRequests.cursor(Integer.toString(offset + limit)));
                });
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ClaimNotFound::new);
        return ApiActor.current().flatMap(actor -> claims.find(actor, id)).flatMap(this::ok);
    }

    Mono<ServerResponse> history(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ClaimNotFound::new);
        return ApiActor.current().flatMap(actor -> claims.history(actor, id).map(ClaimJson.Event::of).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> status(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ClaimNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ClaimRequests.StatusChange.class)
                        .flatMap(body -> change(actor, id, body)))
                .flatMap(this::ok);
    }

    Mono<ServerResponse> activity(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ClaimNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ClaimRequests.Activity.class)
                        .flatMap(body -> claims.logActivity(actor, id, body.note())))
                .flatMap(this::ok);
    }

    private Mono<Claim> change(Actor actor, UUID id, ClaimRequests.StatusChange body) {
        long given = Stream.of(body.stage(), body.status(), body.validUntil()).filter(java.util.Objects::nonNull)
                .count();
        if (given != 1) {
            return Mono.error(new InvalidInput(List.of(new FieldProblem("status", "claim.validation.one-change"))));
        }
        if (body.stage() != null) {
            return claims.advance(actor, id, code(ClaimStage.class, body.stage(), "stage"), body.reason());
        }
        if (body.validUntil() != null) {
            return decisions.extend(actor, id, body.validUntil(), body.reason());
        }
        return switch (code(ClaimStatus.class, body.status(), "status")) {
            case APPROVED -> decisions.approve(actor, id, body.reason());
            case REJECTED -> decisions.reject(actor, id, body.reason());
            case TRANSFERRED -> decisions.transfer(actor, id, body.toFirm(), body.reason());
            case RELEASED -> claims.release(actor, id, body.reason());
            case SUBMITTED -> Mono.error(ApiRequests.bad("status"));
        };
    }

    private Mono<Set<String>> categories(Actor actor, UUID leadId, ClaimRequests.NewClaim body) {
        return body.categories() == null || body.categories().isEmpty()
                ? leads.find(actor, leadId).map(row -> Set.copyOf(row.lead().categories()))
                : Mono.just(LeadRules.categoryCodes(body.categories()));
    }

    private Mono<ServerResponse> ok(Claim claim) {
        return ApiResponses.json(ClaimJson.of(claim, now()), claim.version());
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad(field);
        }
    }

    private static int parseOffset(String s) {
        try {
            int offset = Integer.parseInt(s);
            if (offset < 0) {
                throw ApiRequests.bad("cursor");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiRequests.bad("cursor");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
