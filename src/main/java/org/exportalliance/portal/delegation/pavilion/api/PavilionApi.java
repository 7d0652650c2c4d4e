package org.exportalliance.portal.delegation.pavilion.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.delegation.pavilion.AreaBalance;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.BoothDraft;
import org.exportalliance.portal.delegation.pavilion.BoothNotFound;
import org.exportalliance.portal.delegation.pavilion.BoothSeries;
import org.exportalliance.portal.delegation.pavilion.PavilionService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The pavilion: {@code GET /v1/delegations/{id}/booths} for everybody (a firm sees firm names only on its own
 * booths), and for staff {@code POST} (one booth, or a row of them; Idempotency-Key), {@code PUT /v1/booths/{id}}
 * (fields and assignee, with If-Match) and {@code DELETE /v1/booths/{id}}.
 */
@Configuration(proxyBeanMethods = false)
class PavilionApi {

    /** One booth ({@code label} …) or a row of them ({@code prefix}, {@code from}, {@code to} …). */
    record NewBooths(@Nullable String label, @Nullable BigDecimal areaM2, @Nullable Integer row,
            @Nullable Integer column, @Nullable String note, @Nullable String prefix, @Nullable Integer from,
            @Nullable Integer to, @Nullable Integer firstColumn) {

        boolean isSeries() {
            return prefix != null || from != null || to != null;
        }
    }

    /** The whole booth: its fields and the application it goes to (null: free). */
    record BoothChange(@Nullable String label, @Nullable BigDecimal areaM2, @Nullable Integer row,
            @Nullable Integer column, @Nullable String note, @Nullable UUID applicationId) {}

    record FirmJson(UUID id, String nameZh, String nameEn) {}

    record BoothJson(UUID id, UUID delegationId, String label, BigDecimal areaM2, int row, int column, String note,
            boolean taken, @Nullable UUID applicationId, @Nullable FirmJson firm, long version) {

        static BoothJson of(Booth b) {
            Booth.Assignee a = b.assignee();
            return new BoothJson(b.id(), b.delegationId(), b.label(), b.areaM2(), b.row(), b.column(), b.note(),
                    b.taken(), a == null ? null : a.applicationId(),
                    a == null ? null : new FirmJson(a.firmId(), a.firmNameZh(), a.firmNameEn()), b.version());
        }
    }

    record BalanceJson(UUID applicationId, FirmJson firm, String status, BigDecimal requestedM2,
            BigDecimal assignedM2, List<String> booths, AreaBalance.Fit fit) {

        static BalanceJson of(AreaBalance b) {
            return new BalanceJson(b.applicationId(), new FirmJson(b.firmId(), b.firmNameZh(), b.firmNameEn()),
                    b.status().name(), b.requestedM2(), b.assignedM2(), b.booths(), b.fit());
        }
    }

    /** A PUT without If-Match could silently undo another staff member's assignment. */
    static final class VersionRequired extends Refusal {
        VersionRequired() {
            super(428, "pavilion.if-match-required");
        }
    }

    private final PavilionService pavilion;
    private final Idempotency idempotency;
    private final ApiJson json;

    PavilionApi(PavilionService pavilion, Idempotency idempotency, ApiJson json) {
        this.pavilion = pavilion;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> pavilionRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations/{id}/booths", this::list)
                .POST("/v1/delegations/{id}/booths", this::add)
                .PUT("/v1/booths/{id}", this::replace)
                .DELETE("/v1/booths/{id}", this::remove)
                .build();
    }

    /** {@code items}: the layout; {@code firms}: area asked for against area assigned (staff all, a firm its own). */
    Mono<ServerResponse> list(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current()
                .flatMap(actor -> Mono.zip(pavilion.booths(actor, id).map(BoothJson::of).collectList(),
                        pavilion.balances(actor, id).map(BalanceJson::of).collectList()))
                .flatMap(t -> ApiResponses.json(Map.of("items", t.getT1(), "firms", t.getT2())));
    }

    Mono<ServerResponse> add(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, NewBooths.class)
                .flatMap(body -> idempotency.execute(actor, key,
                        "POST /v1/delegations/" + id + "/booths " + json.write(body),
                        () -> body.isSeries()
                                ? pavilion.addSeries(actor, id, new BoothSeries(body.prefix(), body.from(), body.to(),
                                                body.areaM2(), body.row(), body.firstColumn()))
                                        .map(added -> StoredResponse.created("/api/v1/delegations/" + id + "/booths",
                                                null, json.write(Map.of("items",
                                                        added.stream().map(BoothJson::of).toList()))))
                                : pavilion.add(actor, id, new BoothDraft(body.label(), body.areaM2(), body.row(),
                                                body.column(), body.note()))
                                        .map(b -> StoredResponse.created("/api/v1/booths/" + b.id(),
                                                ApiRequests.etag(b.version()), json.write(BoothJson.of(b)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> replace(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, BoothNotFound::new);
        return ApiActor.staff().flatMap(actor -> {
                    long version = ApiRequests.ifMatchVersion(request).orElseThrow(VersionRequired::new);
                    return ApiRequests.body(request, BoothChange.class)
                            .flatMap(body -> pavilion.replace(actor, id, version, new BoothDraft(body.label(),
                                    body.areaM2(), body.row(), body.column(), body.note()), body.applicationId()));
                })
                .flatMap(b -> ApiResponses.json(BoothJson.of(b), b.version()));
    }

    Mono<ServerResponse> remove(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, BoothNotFound::new);
        return ApiActor.staff().flatMap(actor -> pavilion.remove(actor, id))
                .then(Mono.defer(() -> ServerResponse.noContent().build()));
    }
}
