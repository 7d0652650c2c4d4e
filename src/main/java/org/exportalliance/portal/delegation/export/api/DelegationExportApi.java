package org.exportalliance.portal.delegation.export.api;

import java.util.UUID;
import org.exportalliance.portal.delegation.DelegationNotFound;
import org.exportalliance.portal.delegation.export.DelegationExports;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiDownloads;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Staff's .xlsx exports of a delegation, headed in the language of {@code Accept-Language}. */
@Configuration(proxyBeanMethods = false)
class DelegationExportApi {

    private final DelegationExports exports;

    DelegationExportApi(DelegationExports exports) {
        this.exports = exports;
    }

    @Bean
    RouterFunction<ServerResponse> delegationExportRoutes() {
        return RouterFunctions.route()
                .GET("/v1/delegations/{id}/roster.xlsx", this::roster)
                .GET("/v1/delegations/{id}/statements.xlsx", this::statements)
                .build();
    }

    Mono<ServerResponse> roster(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current()
                .flatMap(actor -> exports.roster(actor, id, ApiProblems.localeOf(request.exchange())))
                .flatMap(ApiDownloads::attachment);
    }

    Mono<ServerResponse> statements(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, DelegationNotFound::new);
        return ApiActor.current()
                .flatMap(actor -> exports.statements(actor, id, ApiProblems.localeOf(request.exchange())))
                .flatMap(ApiDownloads::attachment);
    }
}
