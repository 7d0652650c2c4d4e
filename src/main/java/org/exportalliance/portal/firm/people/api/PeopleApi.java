package org.exportalliance.portal.firm.people.api;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.membership.FirmNotFound;
import org.exportalliance.portal.firm.people.PeopleRules;
import org.exportalliance.portal.firm.people.PeopleService;
import org.exportalliance.portal.firm.people.PersonNotFound;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** {@code /api/v1/firms/{id}/people}: staff and that firm's admins list its people, set roles, (de)activate them. */
@Configuration(proxyBeanMethods = false)
class PeopleApi {

    record RolesRequest(@Nullable List<@Nullable Role> roles) {}

    private final PeopleService people;

    PeopleApi(PeopleService people) {
        this.people = people;
    }

    @Bean
    RouterFunction<ServerResponse> peopleRoutes() {
        return RouterFunctions.route()
                .GET("/v1/firms/{id}/people", this::list)
                .GET("/v1/firms/{id}/people/{person}", this::get)
                .PUT("/v1/firms/{id}/people/{person}/roles", this::roles)
                .POST("/v1/firms/{id}/people/{person}/deactivate", this::deactivate)
                .POST("/v1/firms/{id}/people/{person}/reactivate", this::reactivate)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        UUID firm = ApiRequests.pathId(request, FirmNotFound::new);
        return ApiActor.current()
                .flatMap(actor -> PeopleRules.mayManage(actor, firm)
                        ? people.people(actor, firm).map(PersonJson::of).collectList()
                        : Mono.error(new NotPermitted()))
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> get(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> person(request, actor)).map(PersonJson::of)
                .flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> roles(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> person(request, actor)
                        .flatMap(p -> ApiRequests.body(request, RolesRequest.class)
                                .flatMap(body -> people.setRoles(actor, p.id(), body.roles()))))
                .map(PersonJson::of).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> deactivate(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> person(request, actor)
                        .flatMap(p -> people.deactivate(actor, p.id())))
                .map(PersonJson::of).flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> reactivate(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> person(request, actor)
                        .flatMap(p -> people.reactivate(actor, p.id())))
                .map(PersonJson::of).flatMap(ApiResponses::json);
    }

    /** The person of the path, of the path's firm, whom the actor may manage; 404 for anyone else. */
    private Mono<UserAccount> person(ServerRequest request, org.exportalliance.portal.account.Actor actor) {
        UUID firm = ApiRequests.pathId(request, FirmNotFound::new);
        UUID id;
        try {
            id = UUID.fromString(request.pathVariable("person"));
        } catch (IllegalArgumentException e) {
            return Mono.error(new PersonNotFound());
        }
        return people.person(actor, id).filter(p -> p.firmId().equals(firm))
                .switchIfEmpty(Mono.error(PersonNotFound::new));
    }
}
