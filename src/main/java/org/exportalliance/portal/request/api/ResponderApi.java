package org.exportalliance.portal.request.api;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ResponderUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/responders}: the units that answer requests, with the categories they serve (their members' ids for
 * staff only); {@code /api/v1/request-categories}: the categories a request may be filed in.
 */
@Configuration(proxyBeanMethods = false)
class ResponderApi {

    private final RequestTriage triage;
    private final RequestService requests;

    ResponderApi(RequestTriage triage, RequestService requests) {
        this.triage = triage;
        this.requests = requests;
    }

    record UnitJson(UUID id, String nameZh, String nameEn, String kind, boolean active, List<String> categories,
            @Nullable List<UUID> members) {

        static UnitJson of(ResponderUnit u, boolean staff) {
            return new UnitJson(u.id(), u.nameZh(), u.nameEn(), u.kind().name(), u.active(),
                    u.categories().stream().sorted().toList(), staff ? u.members().stream().sorted().toList() : null);
        }
    }

    record CategoryJson(String code, String nameZh, String nameEn, boolean labTest) {

        static CategoryJson of(RequestCategory c) {
            return new CategoryJson(c.code(), c.nameZh(), c.nameEn(), c.labTest());
        }
    }

    @Bean
    RouterFunction<ServerResponse> responderRoutes() {
        return RouterFunctions.route()
                .GET("/v1/responders", this::units)
                .GET("/v1/request-categories", this::categories)
                .build();
    }

    Mono<ServerResponse> units(ServerRequest request) {
        return ApiActor.current()
                .flatMap(actor -> triage.units().map(u -> UnitJson.of(u, actor.isStaff())).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> categories(ServerRequest request) {
        return ApiActor.current().then(requests.categories().map(CategoryJson::of).collectList())
                .flatMap(ApiResponses::items);
    }
}
