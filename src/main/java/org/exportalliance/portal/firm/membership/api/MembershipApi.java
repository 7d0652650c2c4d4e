package org.exportalliance.portal.firm.membership.api;

import java.util.UUID;
import org.exportalliance.portal.firm.membership.FirmNotFound;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.Membership;
import org.exportalliance.portal.firm.membership.MembershipChange;
import org.exportalliance.portal.firm.membership.MembershipService;
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
 * {@code /api/v1/firms}, staff only: the register with filters, enrolment (Idempotency-Key), edits (If-Match), what
 * leaving would do, and suspending, ending and reinstating a membership.
 */
@Configuration(proxyBeanMethods = false)
class MembershipApi {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    /** The body of a membership change: the reason the audit keeps (required to suspend or end). */
    record ChangeRequest(@Nullable String reason) {}

    private final MembershipService members;
    private final Idempotency idempotency;
    private final ApiJson json;

    MembershipApi(MembershipService members, Idempotency idempotency, ApiJson json) {
        this.members = members;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Bean
    RouterFunction<ServerResponse> membershipRoutes() {
        return RouterFunctions.route()
                .GET("/v1/firms", this::list)
                .POST("/v1/firms", this::enrol)
                .GET("/v1/firms/{id}", this::get)
                .PUT("/v1/firms/{id}", this::edit)
                .GET("/v1/firms/{id}/consequences", this::consequences)
                .POST("/v1/firms/{id}/suspend", r -> change(r, MembershipChange.SUSPEND))
                .POST("/v1/firms/{id}/end", r -> change(r, MembershipChange.END))
                .POST("/v1/firms/{id}/reinstate", r -> change(r, MembershipChange.REINSTATE))
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        int limit = ApiRequests.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
        int offset = ApiRequests.text(request, "cursor").map(c -> ApiRequests.decodeCursor(c, 1)[0])
                .map(MembershipApi::offset).orElse(0);
        Membership membership = ApiRequests.enumValue(request, "membership", Membership.class);
        String q = ApiRequests.text(request, "q").orElse(null);
        return ApiActor.staff()
                .flatMap(actor -> members.list(actor, membership, q, offset, limit + 1).collectList())
                .flatMap(rows -> ApiResponses.page(rows, limit, MemberJson::of,
                        last -> ApiRequests.cursor(Integer.toString(offset + limit))));
    }

    Mono<ServerResponse> get(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, FirmNotFound::new);
        return ApiActor.staff().flatMap(actor -> members.find(actor, id)).flatMap(MembershipApi::ok);
    }

    Mono<ServerResponse> enrol(ServerRequest request) {
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, FirmRequest.class)
                .flatMap(body -> idempotency.execute(actor, key, "POST /v1/firms " + json.write(body),
                        () -> members.enrol(actor, body.toDraft()).map(firm -> StoredResponse.created(
                                "/api/v1/firms/" + firm.id(), ApiRequests.etag(firm.version()),
                                json.write(MemberJson.of(firm)))))))
                .flatMap(StoredResponse::render);
    }

    Mono<ServerResponse> edit(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, FirmNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, FirmRequest.class)
                .flatMap(body -> ApiRequests.ifMatchVersion(request).map(Mono::just)
                        .orElseGet(() -> members.find(actor, id).map(MemberFirm::version))
                        .flatMap(version -> members.edit(actor, id, version, body.toDraft()))))
                .flatMap(MembershipApi::ok);
    }

    Mono<ServerResponse> consequences(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, FirmNotFound::new);
        return ApiActor.staff().flatMap(actor -> members.consequences(actor, id)).flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> change(ServerRequest request, MembershipChange change) {
        UUID id = ApiRequests.pathId(request, FirmNotFound::new);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, ChangeRequest.class)
                        .flatMap(body -> members.change(actor, id, change, body.reason())))
                .flatMap(MembershipApi::ok);
    }

    private static Mono<ServerResponse> ok(MemberFirm firm) {
        return ApiResponses.json(MemberJson.of(firm), firm.version());
    }

    private static int offset(String text) {
        try {
            int offset = Integer.parseInt(text);
            if (offset < 0) {
                throw ApiRequests.bad("cursor");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiRequests.bad("cursor");
        }
    }
}
