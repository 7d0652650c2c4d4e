package org.exportalliance.portal.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.exportalliance.portal.audit.AuditCursor;
import org.exportalliance.portal.audit.AuditExports;
import org.exportalliance.portal.audit.AuditFilter;
import org.exportalliance.portal.audit.AuditPage;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiDownloads;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/audit}: staff read the audit trail newest first, with the view's filters and cursor pagination, list
 * the recorded action codes, and export the filtered trail as .xlsx (itself audited). Everybody else gets 403.
 */
@Configuration(proxyBeanMethods = false)
class AuditApi {

    static final int DEFAULT_LIMIT = 50;
    private final AuditService audit;
    private final AuditExports exports;

    AuditApi(AuditService audit, AuditExports exports) {
        this.audit = audit;
        this.exports = exports;
    }

    @Bean
    RouterFunction<ServerResponse> auditRoutes() {
        return RouterFunctions.route()
                .GET("/v1/audit", this::list)
                .GET("/v1/audit/actions", this::actions)
                .GET("/v1/audit.xlsx", this::export)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        int limit = ApiRequests.limit(request, DEFAULT_LIMIT, AuditPage.MAX_LIMIT);
        AuditFilter filter = filter(request);
        AuditCursor cursor = ApiRequests.text(request, "cursor").map(AuditApi::parseCursor).orElse(null);
        return ApiActor.staff()
                .flatMap(actor -> audit.search(actor, filter, cursor, limit))
                .flatMap(page -> ApiResponses.json(new AuditPageJson(
                        page.entries().stream().map(AuditEntryJson::of).toList(), encode(page.next()))));
    }

    Mono<ServerResponse> actions(ServerRequest request) {
        return ApiActor.staff().flatMap(audit::distinctActions).flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> export(ServerRequest request) {
        AuditFilter filter = filter(request);
        return ApiActor.staff()
                .flatMap(actor -> exports.export(actor, filter, ApiProblems.localeOf(request.exchange())))
                .flatMap(ApiDownloads::attachment);
    }

    private static AuditFilter filter(ServerRequest request) {
        return new AuditFilter(
                ApiRequests.text(request, "action").orElse(null),
                ApiRequests.text(request, "subjectType").orElse(null),
                ApiRequests.text(request, "subjectId").orElse(null),
                ApiRequests.text(request, "user").orElse(null),
                date(request, "from"),
                date(request, "to"),
                ApiRequests.text(request, "q").orElse(null));
    }

    private static @Nullable LocalDate date(ServerRequest request, String name) {
        return ApiRequests.text(request, name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiRequests.bad(name);
            }
        }).orElse(null);
    }

    private static @Nullable String encode(@Nullable AuditCursor next) {
        return next == null ? null : ApiRequests.cursor(next.at().toString(), Long.toString(next.id()));
    }

    private static AuditCursor parseCursor(String cursor) {
        String[] parts = ApiRequests.decodeCursor(cursor, 2);
        try {
            return new AuditCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiRequests.bad("cursor");
        }
    }
}
