package org.exportalliance.portal.delegation.ledger.api;

import java.util.UUID;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.delegation.ledger.CostItemDraft;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/delegations/{id}/cost-items} and {@code …/statement(s)}: the delegation's shared-cost ledger. Staff
 * add cost items and read every firm's statement; a firm taking part reads the items and its own statement. The
 * cost items of a delegation the firm does not take part in are a 404.
 */
@Configuration(proxyBeanMethods = false)
class LedgerApi {

    private final LedgerService ledger;

    LedgerApi(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Bean
    RouterFunction<ServerResponse> ledgerRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations/{id}/cost-items", this::costItems)
                .POST("/v1/delegations/{id}/cost-items", this::addCostItem)
                .GET("/v1/delegations/{id}/statement", this::statement)
                .GET("/v1/delegations/{id}/statements", this::statements)
                .build();
    }

    Mono<ServerResponse> costItems(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().flatMapMany(actor -> ledger.items(actor, id)).collectList()
                .flatMap(items -> ApiResponses.items(items));
    }

    Mono<ServerResponse> addCostItem(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, CostItemDraft.class)
                .flatMap(body -> ledger.addItem(actor, id, body)))
                .flatMap(item -> ServerResponse.status(201).contentType(MediaType.APPLICATION_JSON).bodyValue(item));
    }

    /** The caller's firm's statement; staff name the firm with {@code firmId}. */
    Mono<ServerResponse> statement(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().flatMap(actor -> {
            UUID firm = ApiRequests.text(request, "firmId").map(f -> {
                try {
                    return UUID.fromString(f);
                } catch (IllegalArgumentException e) {
                    throw ApiRequests.bad("firmId");
                }
            }).orElse(actor.firmId());
            return ledger.statement(actor, id, firm);
        }).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> statements(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current().flatMapMany(actor -> ledger.allStatements(actor, id)).collectList()
                .flatMap(items -> ApiResponses.items(items));
    }
}
