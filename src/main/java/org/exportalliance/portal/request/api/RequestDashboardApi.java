package org.exportalliance.portal.request.api;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiDownloads;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.request.MonthFigures;
import org.exportalliance.portal.request.OpenFigures;
import org.exportalliance.portal.request.RequestDashboard;
import org.exportalliance.portal.request.RequestWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/request-dashboard?from=2025-01&to=2026-12} (the last twelve months when absent) and its .xlsx: what
 * the caller may see of the requests' figures — staff every unit, a unit its own, other members the alliance-wide
 * months and categories at least three firms filed in.
 */
@Configuration(proxyBeanMethods = false)
class RequestDashboardApi {

    private final RequestDashboard dashboard;
    private final RequestWorkbook workbook;
    private final Clock clock;

    RequestDashboardApi(RequestDashboard dashboard, RequestWorkbook workbook, Clock clock) {
        this.dashboard = dashboard;
        this.workbook = workbook;
        this.clock = clock;
    }

    record MonthJson(String month, @Nullable String unitId, String category, long filed,
            @Nullable Double acceptedInTime, @Nullable Double resolvedInTime, @Nullable Double satisfied,
            @Nullable Long medianAcceptSeconds, @Nullable Long medianResolveSeconds) {

        static MonthJson of(MonthFigures f) {
            return new MonthJson(f.month().toString().substring(0, 7),
                    f.unitId() == null ? null : f.unitId().toString(), f.category(), f.filed(),
                    f.acceptedInTimeRate(), f.resolvedInTimeRate(), f.satisfiedRate(), f.medianAcceptSeconds(),
                    f.medianResolveSeconds());
        }
    }

    record DashboardJson(String scope, List<OpenFigures> open, List<MonthJson> months) {}

    @Bean
    RouterFunction<ServerResponse> requestDashboardRoutes() {
        return RouterFunctions.route()
                .GET("/v1/request-dashboard", this::view)
                .GET("/v1/request-dashboard.xlsx", this::xlsx)
                .build();
    }

    Mono<ServerResponse> view(ServerRequest request) {
        YearMonth to = month(request, "to", YearMonth.now(clock));
        YearMonth from = month(request, "from", to.minusMonths(11));
        return ApiActor.current().flatMap(actor -> dashboard.view(actor, from, to))
                .flatMap(v -> ApiResponses.json(new DashboardJson(v.scope().name(), v.open(),
                        v.months().stream().map(MonthJson::of).toList())));
    }

    Mono<ServerResponse> xlsx(ServerRequest request) {
        YearMonth to = month(request, "to", YearMonth.now(clock));
        YearMonth from = month(request, "from", to.minusMonths(11));
        return ApiActor.current()
                .flatMap(actor -> workbook.of(actor, from, to, ApiProblems.localeOf(request.exchange())))
                .flatMap(ApiDownloads::attachment);
    }

    private static YearMonth month(ServerRequest request, String name, YearMonth otherwise) {
        try {
            return ApiRequests.text(request, name).map(YearMonth::parse).orElse(otherwise);
        } catch (DateTimeParseException e) {
            throw ApiRequests.bad(name);
        }
    }
}
