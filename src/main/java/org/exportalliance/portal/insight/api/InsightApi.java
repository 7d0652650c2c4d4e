package org.exportalliance.portal.insight.api;

import org.exportalliance.portal.insight.InsightService;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/insight}: the alliance dashboard's aggregates for a year ({@code ?year=}, this year by default), with
 * suppression applied for every caller but staff (a withheld cell has no figure), and the caller's firm's own one.
 */
@Configuration(proxyBeanMethods = false)
class InsightApi {

    private final InsightService insight;

    InsightApi(InsightService insight) {
        this.insight = insight;
    }

    @Bean
    RouterFunction<ServerResponse> insightRoutes() {
        return RouterFunctions.route()
                .GET("/v1/insight/alliance", this::alliance)
                .GET("/v1/insight/firm", this::firm)
                .build();
    }

    Mono<ServerResponse> alliance(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> insight.alliance(actor, year(request)))
                .flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> firm(ServerRequest request) {
        return ApiActor.current().flatMap(actor -> insight.firm(actor, year(request))).flatMap(ApiResponses::json);
    }

    private int year(ServerRequest request) {
        return ApiRequests.text(request, "year").map(InsightApi::parseYear).orElseGet(insight::currentYear);
    }

    private static int parseYear(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiRequests.bad("year");
        }
    }
}
