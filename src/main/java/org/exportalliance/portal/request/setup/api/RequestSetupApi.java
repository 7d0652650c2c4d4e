package org.exportalliance.portal.request.setup.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.UnitNotFound;
import org.exportalliance.portal.request.setup.CategorySetup;
import org.exportalliance.portal.request.setup.SlaSetup;
import org.exportalliance.portal.request.setup.UnitSetup;
import org.exportalliance.portal.request.setup.api.SetupBodies.ActiveBody;
import org.exportalliance.portal.request.setup.api.SetupBodies.CategoryBody;
import org.exportalliance.portal.request.setup.api.SetupBodies.SlaBody;
import org.exportalliance.portal.request.setup.api.SetupBodies.UnitBody;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Staff's writes beside the readers' lists ({@code request.api.ResponderApi}): a category added, renamed, offered or
 * not, its SLA targets per priority; a unit added, changed, taking requests or not. Every change names the version
 * read (If-Match or {@code version}). Adding needs no Idempotency-Key: a repeat finds the code or name taken (400).
 */
@Configuration(proxyBeanMethods = false)
class RequestSetupApi {

    private final CategorySetup categories;
    private final SlaSetup sla;
    private final UnitSetup units;

    RequestSetupApi(CategorySetup categories, SlaSetup sla, UnitSetup units) {
        this.categories = categories;
        this.sla = sla;
        this.units = units;
    }

    @Bean
    RouterFunction<ServerResponse> requestSetupRoutes() {
        return RouterFunctions.route()
                .POST("/v1/request-categories", this::addCategory)
                .GET("/v1/request-categories/{code}", r -> staff(a -> categories.find(a, code(r))
                        .flatMap(c -> ApiResponses.json(SetupJson.Category.of(c), c.version()))))
                .PUT("/v1/request-categories/{code}", this::renameCategory)
                .PUT("/v1/request-categories/{code}/active", r -> staff(a -> ApiRequests.body(r, ActiveBody.class)
                        .flatMap(b -> categories.setActive(a, code(r), version(r, b.version()), b.required()))
                        .flatMap(c -> ApiResponses.json(SetupJson.Category.of(c), c.version()))))
                .GET("/v1/request-categories/{code}/sla", r -> staff(a -> sla.targets(a, code(r))
                        .map(SetupJson.Sla::of).collectList().flatMap(ApiResponses::items)))
                .PUT("/v1/request-categories/{code}/sla/{priority}", this::setTarget)
                .POST("/v1/responders", r -> staff(a -> ApiRequests.body(r, UnitBody.class)
                        .flatMap(b -> Mono.fromCallable(b::toDraft)).flatMap(d -> units.create(a, d))
                        .flatMap(u -> ServerResponse.status(HttpStatus.CREATED)
                                .location(URI.create("/api/v1/responders/" + u.unit().id()))
                                .eTag(ApiRequests.etag(u.version())).bodyValue(SetupJson.Unit.of(u)))))
                .GET("/v1/responders/{id}", r -> staff(a -> units.find(a, unitId(r))
                        .flatMap(u -> ApiResponses.json(SetupJson.Unit.of(u), u.version()))))
                .PUT("/v1/responders/{id}", r -> staff(a -> ApiRequests.body(r, UnitBody.class)
                        .flatMap(b -> Mono.fromCallable(b::toDraft)
                                .flatMap(d -> units.update(a, unitId(r), version(r, b.version()), d)))
                        .flatMap(u -> ApiResponses.json(SetupJson.Unit.of(u), u.version()))))
                .PUT("/v1/responders/{id}/active", r -> staff(a -> ApiRequests.body(r, ActiveBody.class)
                        .flatMap(b -> units.setActive(a, unitId(r), version(r, b.version()), b.required()))
                        .flatMap(u -> ApiResponses.json(SetupJson.Unit.of(u), u.version()))))
                .build();
    }

    Mono<ServerResponse> addCategory(ServerRequest request) {
        return staff(actor -> ApiRequests.body(request, CategoryBody.class)
                .flatMap(body -> categories.nextPosition(actor).map(next -> body.toDraft("", next)))
                .flatMap(draft -> categories.add(actor, draft))
                .flatMap(c -> ServerResponse.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/request-categories/" + c.code()))
                        .eTag(ApiRequests.etag(c.version())).bodyValue(SetupJson.Category.of(c))));
    }

    Mono<ServerResponse> renameCategory(ServerRequest request) {
        String code = code(request);
        return staff(actor -> ApiRequests.body(request, CategoryBody.class)
                .flatMap(body -> categories.find(actor, code).flatMap(found -> categories.rename(actor, code,
                        version(request, body.version()), body.toDraft(code, found.category().position()))))
                .flatMap(c -> ApiResponses.json(SetupJson.Category.of(c), c.version())));
    }

    Mono<ServerResponse> setTarget(ServerRequest request) {
        String code = code(request);
        Priority priority = priority(request);
        return staff(actor -> ApiRequests.body(request, SlaBody.class)
                .flatMap(body -> sla.set(actor, code, priority, version(request, body.version()), body.toDraft()))
                .flatMap(t -> ApiResponses.json(SetupJson.Sla.of(t), t.version())));
    }

    private static Mono<ServerResponse> staff(Function<org.exportalliance.portal.account.Actor,
            Mono<ServerResponse>> handler) {
        return ApiActor.staff().flatMap(handler);
    }

    private static String code(ServerRequest request) {
        return request.pathVariable("code");
    }

    private static UUID unitId(ServerRequest request) {
        return ApiRequests.pathId(request, UnitNotFound::new);
    }

    private static Priority priority(ServerRequest request) {
        try {
            return Priority.valueOf(request.pathVariable("priority"));
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad("priority");
        }
    }

    private static long version(ServerRequest request, @Nullable Long inBody) {
        return ApiRequests.ifMatchVersion(request).or(() -> Optional.ofNullable(inBody))
                .orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("version", "validation.required"))));
    }
}
