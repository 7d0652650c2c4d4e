package org.exportalliance.portal.firm.people.api;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.people.InvitationDraft;
import org.exportalliance.portal.firm.people.InvitationNotFound;
import org.exportalliance.portal.firm.people.InvitationService;
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
 * {@code /api/v1/invitations}: staff and firm admins invite people (Idempotency-Key), list a firm's invitations, send
 * one again or revoke it. Accepting an invitation happens in the browser.
 */
@Configuration(proxyBeanMethods = false)
class InvitationApi {

    record InvitationRequest(@Nullable UUID firmId, @Nullable String email, @Nullable List<@Nullable Role> roles,
            @Nullable String locale) {}

    private final InvitationService invitations;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final Clock clock;

    InvitationApi(InvitationService invitations, Idempotency idempotency, ApiJson json, Clock clock) {
        this.invitations = invitations;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    @Bean
    RouterFunction<ServerResponse> invitationRoutes() {
        return RouterFunctions.route()
                .GET("/v1/invitations", this::list)
                .POST("/v1/invitations", this::invite)
                .GET("/v1/invitations/{id}", this::get)
                .POST("/v1/invitations/{id}/resend", this::resend)
                .POST("/v1/invitations/{id}/revoke", this::revoke)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        return ApiActor.current()
                .flatMap(actor -> {
                    UUID firm = ApiRequests.text(request, "firmId").map(InvitationApi::firmId).orElse(actor.firmId());
                    return invitations.ofFirm(actor, firm).map(i -> InvitationJson.of(i, clock.instant()))
                            .collectList();
                })
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, InvitationNotFound::new);
        return ApiActor.current().flatMap(actor -> invitations.find(actor, id))
                .flatMap(i -> ApiResponses.json(InvitationJson.of(i, clock.instant())));
    }

    /**
     * Sends an invitation. A repeat with the same Idempotency-Key answers as the first did, but without the link:
     * only the hash of a link is ever stored, so the stored answer leaves it out (send it again for a new one).
     */
    Mono<ServerResponse> invite(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        java.util.concurrent.atomic.AtomicReference<InvitationJson> fresh = new java.util.concurrent.atomic.AtomicReference<>();
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, InvitationRequest.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/invitations " + json.write(body),
                        () -> (body.firmId() == null ? Mono.<UUID>error(new InvalidInput(
                                        List.of(new FieldProblem("firmId", "validation.required"))))
                                        : Mono.just(body.firmId()))
                                .flatMap(firm -> invitations.invite(actor, firm,
                                        new InvitationDraft(body.email(), body.roles(), body.locale())))
                                .map(issued -> {
                                    InvitationJson answer = InvitationJson.of(issued, clock.instant());
                                    fresh.set(answer);
                                    return StoredResponse.created("/api/v1/invitations/" + answer.id(), null,
                                            json.write(answer.withoutLink()));
                                }))))
                .flatMap(stored -> fresh.get() == null ? stored.render()
                        : ServerResponse.created(java.net.URI.create("/api/v1/invitations/" + fresh.get().id()))
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .bodyValue(fresh.get()));
    }

    Mono<ServerResponse> resend(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, InvitationNotFound::new);
        return ApiActor.current().flatMap(actor -> invitations.resend(actor, id))
                .flatMap(issued -> ApiResponses.json(InvitationJson.of(issued, clock.instant())));
    }

    Mono<ServerResponse> revoke(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, InvitationNotFound::new);
        return ApiActor.current().flatMap(actor -> invitations.revoke(actor, id))
                .flatMap(i -> ApiResponses.json(InvitationJson.of(i, clock.instant())));
    }

    private static UUID firmId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad("firmId");
        }
    }
}
