package org.exportalliance.portal.logistics.checklist.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.logistics.checklist.ChecklistEntry;
import org.exportalliance.portal.logistics.checklist.ChecklistItem;
import org.exportalliance.portal.logistics.checklist.ChecklistItemDraft;
import org.exportalliance.portal.logistics.checklist.ChecklistItemNotFound;
import org.exportalliance.portal.logistics.checklist.ChecklistMatrix;
import org.exportalliance.portal.logistics.checklist.ChecklistService;
import org.exportalliance.portal.logistics.checklist.ChecklistState;
import org.exportalliance.portal.logistics.checklist.FirmChecklist;
import org.exportalliance.portal.platform.api.ApiActor;
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
 * The delegation's checklist: staff read the firms × items matrix and keep the template (create with
 * Idempotency-Key, change with an optional If-Match, delete); a firm's users read their own firm's list with overdue
 * flags and tick items off or reopen them. Staff read or tick for a firm by naming it ({@code firmId}). Another firm's
 * list or item is a 404.
 */
@Configuration(proxyBeanMethods = false)
class ChecklistApi {

    record FirmRef(@Nullable UUID firmId) {}

    record ItemJson(UUID id, UUID delegationId, String titleZh, String titleEn, String description, LocalDate dueDate,
            int position, long version) {
        static ItemJson of(ChecklistItem i) {
            return new ItemJson(i.id(), i.delegationId(), i.titleZh(), i.titleEn(), i.description(), i.dueDate(),
                    i.position(), i.version());
        }
    }

    record EntryJson(UUID itemId, UUID firmId, String titleZh, String titleEn, String description, LocalDate dueDate,
            int position, ChecklistState state, boolean done, boolean overdue, @Nullable Instant doneAt,
            @Nullable UUID doneBy) {
        static EntryJson of(ChecklistEntry e) {
            ChecklistItem i = e.item();
            return new EntryJson(i.id(), e.firmId(), i.titleZh(), i.titleEn(), i.description(), i.dueDate(),
                    i.position(), e.state(), e.done(), e.overdue(), e.doneAt(), e.doneBy());
        }
    }

    record FirmChecklistJson(String view, UUID delegationId, UUID firmId, long overdue, List<EntryJson> items) {
        static FirmChecklistJson of(FirmChecklist c) {
            return new FirmChecklistJson("firm", c.delegationId(), c.firmId(), c.overdueCount(),
                    c.entries().stream().map(EntryJson::of).toList());
        }
    }

    record RowJson(UUID firmId, @Nullable String nameZh, @Nullable String nameEn, List<ChecklistMatrix.Cell> cells) {}

    record MatrixJson(String view, UUID delegationId, List<ItemJson> items, List<RowJson> firms) {}

    private final ChecklistService checklist;
    private final FirmService firms;
    private final Idempotency idempotency;
    private final ApiJson json;

    ChecklistApi(ChecklistService checklist, FirmService firms, Idempotency idempotency, ApiJson json) {
        this.checklist = checklist;
        this.firms = firms;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> checklistRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations/{id}/checklist", this::checklist)
                .POST("/v1/delegations/{id}/checklist-items", this::add)
                .PUT("/v1/checklist-items/{id}", this::update)
                .DELETE("/v1/checklist-items/{id}", this::remove)
                .POST("/v1/checklist-items/{id}/done", this::done)
                .POST("/v1/checklist-items/{id}/reopen", this::reopen)
                .build();
    }

    /** Staff without {@code firmId}: the matrix. Otherwise one firm's list (a firm's users: their own). */
    Mono<ServerResponse> checklist(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        Optional<UUID> firm = ApiRequests.text(request, "firmId").map(ChecklistApi::firmId);
        return ApiActor.current().flatMap(actor -> actor.isStaff() && firm.isEmpty()
                        ? checklist.matrix(actor, id).flatMap(this::matrix).flatMap(ApiResponses::json)
                        : checklist.forFirm(actor, id, firm.orElse(actor.firmId()))
                                .map(FirmChecklistJson::of).flatMap(ApiResponses::json));
    }

    Mono<ServerResponse> add(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, ChecklistItemDraft.class)
                        .flatMap(body -> idempotency.execute(actor, key,
                                "POST /v1/delegations/" + id + "/checklist-items " + json.write(body),
                                () -> checklist.add(actor, id, body).map(item -> StoredResponse.created(
                                        "/api/v1/checklist-items/" + item.id(), ApiRequests.etag(item.version()),
                                        json.write(ItemJson.of(item)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> update(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ChecklistItemNotFound::new);
        Long expected = ApiRequests.ifMatchVersion(request).orElse(null);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, ChecklistItemDraft.class)
                        .flatMap(body -> checklist.update(actor, id, expected, body)))
                .flatMap(item -> ApiResponses.json(ItemJson.of(item), item.version()));
    }

    Mono<ServerResponse> remove(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ChecklistItemNotFound::new);
        return ApiActor.staff().flatMap(actor -> checklist.remove(actor, id))
                .then(ServerResponse.noContent().build());
    }

    Mono<ServerResponse> done(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ChecklistItemNotFound::new);
        return ApiActor.current().flatMap(actor -> firmRef(request)
                        .flatMap(ref -> checklist.markDone(actor, id, ref.firmId())))
                .map(EntryJson::of).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> reopen(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, ChecklistItemNotFound::new);
        return ApiActor.current().flatMap(actor -> firmRef(request)
                        .flatMap(ref -> checklist.reopen(actor, id, ref.firmId())))
                .map(EntryJson::of).flatMap(ApiResponses::json);
    }

    /** The optional body {@code {"firmId": …}}; no body means the caller's own firm. */
    private static Mono<FirmRef> firmRef(ServerRequest request) {
        return request.bodyToMono(FirmRef.class).defaultIfEmpty(new FirmRef(null));
    }

    private Mono<MatrixJson> matrix(ChecklistMatrix m) {
        return firms.byId().map(byId -> new MatrixJson("matrix",
                m.delegationId(), m.items().stream().map(ItemJson::of).toList(),
                m.rows().stream().map(row -> {
                    Firm f = byId.get(row.firmId());
                    return new RowJson(row.firmId(), f == null ? null : f.nameZh(), f == null ? null : f.nameEn(),
                            row.cells());
                }).collect(Collectors.toList())));
    }

    private static UUID firmId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad("firmId");
        }
    }
}
